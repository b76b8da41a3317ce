package fi.saatava.gateway.settlements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.gateway.creditors.Creditor;
import fi.saatava.law.money.Money;

/**
 * One creditor's settlement in a run: the sums of its lines.
 *
 * @param commission     the percentage commission and the fixed fees together
 * @param remittanceFees the enforcement authority's remittance fees it withheld (the creditor's cost, spec §9)
 * @param net            what the creditor is paid: principal + interest + its cost share − commission − remittance
 *                       fees
 * @param terms          the creditor's terms as applied that day
 */
public record Settlement(UUID id, UUID runId, UUID creditorId, LocalDate settledOn, Money principal, Money interest,
                         Money costs, Money creditorCostShare, Money commission, Money remittanceFees, Money net,
                         Creditor.Commission terms, String payeeIban, Instant createdAt) {
}
