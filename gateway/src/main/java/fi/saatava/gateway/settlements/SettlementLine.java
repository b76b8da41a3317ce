package fi.saatava.gateway.settlements;

import java.util.UUID;

import fi.saatava.law.money.Money;

/**
 * One claim of a settlement.
 *
 * @param creditorCostShare the creditor's share of the costs collected, by its terms
 * @param commission        the agency's percentage of principal, interest and the creditor's cost share
 * @param fixedFee          the fixed fee per claim, charged in the claim's first settlement only
 * @param remittanceFees    the enforcement authority's remittance fees, withheld from the cash (the creditor's cost)
 * @param net               what the creditor gets for the claim
 */
public record SettlementLine(UUID claimId, Money principal, Money interest, Money costs, Money creditorCostShare,
                             Money commission, Money fixedFee, Money remittanceFees, Money net) {
}
