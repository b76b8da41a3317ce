package fi.saatava.gateway.settlements;

import java.util.UUID;

import fi.saatava.law.money.Money;

/**
 * What client-funds ledger entries brought in for one claim, by component: payments count positive, the bank's
 * reversals of them negative (PerintäL 11 §: money received for the creditor and not yet paid on). An enforcement
 * remittance confirmed by the authority's bank credit counts by what the debtor paid, its remittance fee apart: the
 * authority withheld the fee (spec §9), so the cash received is {@link #total()}.
 *
 * @param costs          collection costs (and any interest on them)
 * @param remittanceFees the enforcement authority's remittance fees withheld from these funds (the creditor's cost)
 */
public record CollectedFunds(UUID claimId, Money principal, Money interest, Money costs, Money remittanceFees) {

    public CollectedFunds plus(CollectedFunds other) {
        return new CollectedFunds(claimId, principal.plus(other.principal), interest.plus(other.interest),
                costs.plus(other.costs), remittanceFees.plus(other.remittanceFees));
    }

    /** The money received on the client-funds account: what was paid less the remittance fees withheld. */
    public Money total() {
        return principal.plus(interest).plus(costs).minus(remittanceFees);
    }
}
