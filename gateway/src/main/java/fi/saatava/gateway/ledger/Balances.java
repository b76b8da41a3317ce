package fi.saatava.gateway.ledger;

import java.time.LocalDate;

import fi.saatava.law.allocation.Balance;
import fi.saatava.law.money.Money;

/**
 * What a claim's ledger says on a day.
 *
 * @param principal       principal outstanding
 * @param interest        late interest outstanding, accrued through {@code interestThrough}
 * @param costs           collection costs outstanding (fees and the standard compensation)
 * @param paid            what payments covered (their overpayment excluded)
 * @param overpaid        what payments paid beyond the whole debt, to be refunded
 * @param credited        what credit notes took off the principal
 * @param interestThrough the last day interest is included for: {@code asOf}, or earlier when a later half-year's
 *                        reference rate is not known yet
 * @param interestNotice  why interest stops before {@code asOf}, {@code null} when it does not
 */
public record Balances(
        LocalDate asOf,
        Money principal,
        Money interest,
        Money costs,
        Money paid,
        Money overpaid,
        Money credited,
        LocalDate interestThrough,
        String interestNotice) {

    /** What the debtor owes on {@code asOf}. */
    public Money outstanding() {
        return principal.plus(interest).plus(costs);
    }

    /**
     * The balance in collection-law's terms, for allocating a payment (interest on costs is never charged).
     *
     * @param withheldCosts costs a payment may not go to (the fees of letters not sent yet)
     */
    Balance toBalance(Money withheldCosts) {
        return new Balance(interest.max(Money.ZERO), principal.max(Money.ZERO),
                costs.minus(withheldCosts).max(Money.ZERO), Money.ZERO);
    }
}
