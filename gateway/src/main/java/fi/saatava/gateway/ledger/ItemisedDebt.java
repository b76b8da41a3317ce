package fi.saatava.gateway.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.saatava.law.fees.FeeAction;
import fi.saatava.law.money.Money;

/**
 * What the debtor owes on a day, itemised as a demand must state it (PerintäL 5 a § 1 mom 3–4 k, spec §3.6).
 *
 * @param principal    principal outstanding
 * @param lateInterest late interest outstanding and how it ran
 * @param costs        each charge of collection costs still outstanding, oldest first (payments reduce the oldest)
 */
public record ItemisedDebt(Money principal, LateInterestItem lateInterest, List<CostItem> costs) {

    /**
     * @param ratePercent the rate on the last day included, {@code null} if no interest has run
     * @param from        the first day with interest, {@code null} if none
     * @param through     the last day included
     */
    public record LateInterestItem(Money amount, BigDecimal ratePercent, LocalDate from, LocalDate through) {
    }

    /** @param letterId the letter the cost was charged for, {@code null} for the standard compensation */
    public record CostItem(FeeAction action, UUID letterId, Money amount) {
    }

    public Money total() {
        return costs.stream().map(CostItem::amount).reduce(principal.plus(lateInterest.amount()), Money::plus);
    }
}
