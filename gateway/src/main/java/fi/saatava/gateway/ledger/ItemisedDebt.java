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
 * @param lateInterest late interest outstanding, one item per rate period, oldest first (at least one item)
 * @param costs        each charge of collection costs still outstanding, oldest first (payments reduce the oldest)
 */
public record ItemisedDebt(Money principal, List<LateInterestItem> lateInterest, List<CostItem> costs) {

    public ItemisedDebt {
        lateInterest = List.copyOf(lateInterest);
        costs = List.copyOf(costs);
    }

    /**
     * @param ratePercent the annual rate of the period, {@code null} when no interest is owed
     * @param from        the first day of the period, {@code null} when no interest is owed
     * @param through     the last day of the period
     */
    public record LateInterestItem(Money amount, BigDecimal ratePercent, LocalDate from, LocalDate through) {
    }

    /** @param letterId the letter the cost was charged for, {@code null} for the standard compensation */
    public record CostItem(FeeAction action, UUID letterId, Money amount) {
    }

    public Money total() {
        Money interest = lateInterest.stream().map(LateInterestItem::amount).reduce(Money.ZERO, Money::plus);
        return costs.stream().map(CostItem::amount).reduce(principal.plus(interest), Money::plus);
    }
}
