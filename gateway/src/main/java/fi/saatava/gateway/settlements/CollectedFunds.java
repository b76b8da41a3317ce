package fi.saatava.gateway.settlements;

import java.util.UUID;

import fi.saatava.law.money.Money;

/**
 * What client-funds ledger entries brought in for one claim, by component: payments count positive, the bank's
 * reversals of them negative (PerintäL 11 §: money received for the creditor and not yet paid on).
 *
 * @param costs collection costs (and any interest on them)
 */
public record CollectedFunds(UUID claimId, Money principal, Money interest, Money costs) {

    public static CollectedFunds none(UUID claimId) {
        return new CollectedFunds(claimId, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public CollectedFunds plus(CollectedFunds other) {
        return new CollectedFunds(claimId, principal.plus(other.principal), interest.plus(other.interest),
                costs.plus(other.costs));
    }

    public Money total() {
        return principal.plus(interest).plus(costs);
    }
}
