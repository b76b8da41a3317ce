package fi.saatava.gateway.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.saatava.law.allocation.BalanceComponent;
import fi.saatava.law.interest.HalfYear;
import fi.saatava.law.interest.InterestAccrual;
import fi.saatava.law.interest.InterestTerms;
import fi.saatava.law.interest.LateInterest;
import fi.saatava.law.interest.ReferenceRate;
import fi.saatava.law.interest.ReferenceRateTable;
import fi.saatava.law.money.Money;
import org.springframework.stereotype.Component;

/**
 * Late interest on a claim's principal as its ledger records it (spec §6), computed by collection-law's
 * {@link LateInterest}. Each principal entry (an invoice line, an additional claim) bears interest from the day after
 * its own due date; payments, credit notes and write-offs reduce the oldest principal first, and interest runs on
 * the reduced balance from the day after (the payment day still bears interest on the old balance). All periods are
 * added exactly and rounded once, so the interest through a day never depends on when it was booked.
 *
 * <p>Interest is never guessed: it runs only through the last day of the last half-year whose reference rate is
 * known (bundled or configured by the operator); {@link Accrued#through()} says which day that was.
 */
@Component
class InterestCalculator {

    private final LateInterest lateInterest;
    private final LocalDate lastDayWithKnownRate;

    InterestCalculator(LateInterest lateInterest, ReferenceRateTable rates) {
        this.lateInterest = lateInterest;
        this.lastDayWithKnownRate = lastContiguousDay(rates);
    }

    /**
     * @param accrual   every segment, for explaining the rates
     * @param through   the last day included: the day asked for, or the last day with a known rate if earlier
     * @param truncated whether interest for days after {@code through} is missing because their rate is unknown
     */
    record Accrued(InterestAccrual accrual, LocalDate through, boolean truncated) {

        Money amount() {
            return accrual.amount();
        }
    }

    /** All late interest accrued on the claim's principal through {@code day} (entries valued later are ignored). */
    Accrued accruedThrough(List<LedgerEntry> entries, InterestTerms terms, LocalDate day) {
        LocalDate end = day.isAfter(lastDayWithKnownRate) ? lastDayWithKnownRate : day;
        List<Tranche> tranches = new ArrayList<>();
        Set<UUID> reversed = BalanceCalculator.reversedEntries(entries);
        for (LedgerEntry entry : entries) {
            // A reversed entry and its reversal cancel out: interest runs as if neither had been booked.
            if (entry.valueDate().isAfter(day) || entry.type() == EntryType.REVERSAL
                    || reversed.contains(entry.id())) {
                continue;
            }
            Money principal = entry.effectOn(BalanceComponent.PRINCIPAL);
            if (principal.isPositive() && entry.interestFrom() != null) {
                tranches.add(new Tranche(entry.interestFrom(), principal));
            } else if (principal.isNegative()) {
                reduceOldestFirst(tranches, entry.valueDate(), principal.negate());
            }
        }
        InterestAccrual accrual = InterestAccrual.NONE;
        boolean truncated = false;
        for (Tranche tranche : tranches) {
            accrual = accrual.plus(tranche.accrue(lateInterest, terms, end));
            truncated |= end.isBefore(day) && tranche.balanceOn(end).isPositive() && tranche.interestFrom.isBefore(day);
        }
        return new Accrued(accrual, end, truncated);
    }

    private static void reduceOldestFirst(List<Tranche> tranches, LocalDate on, Money amount) {
        Money left = amount;
        for (Tranche tranche : tranches.stream().sorted(Comparator.comparing(t -> t.interestFrom)).toList()) {
            Money share = left.min(tranche.balance());
            if (share.isPositive()) {
                tranche.reductions.add(new Reduction(on, share));
                left = left.minus(share);
            }
        }
    }

    /** The last day of the run of consecutive half-years, from the first, whose reference rate is known. */
    private static LocalDate lastContiguousDay(ReferenceRateTable rates) {
        List<HalfYear> known = rates.rates().stream().map(ReferenceRate::halfYear).sorted().toList();
        HalfYear last = known.get(0);
        for (HalfYear next : known.subList(1, known.size())) {
            if (!next.firstDay().equals(last.lastDay().plusDays(1))) {
                break;
            }
            last = next;
        }
        return last.lastDay();
    }

    private record Reduction(LocalDate on, Money amount) {
    }

    /** One principal entry and what was paid or credited off it. */
    private static final class Tranche {

        private final LocalDate interestFrom;
        private final Money principal;
        private final List<Reduction> reductions = new ArrayList<>();

        Tranche(LocalDate interestFrom, Money principal) {
            this.interestFrom = interestFrom;
            this.principal = principal;
        }

        Money balance() {
            return reductions.stream().map(Reduction::amount).reduce(principal, Money::minus);
        }

        Money balanceOn(LocalDate day) {
            return reductions.stream().filter(r -> !r.on().isAfter(day)).map(Reduction::amount)
                    .reduce(principal, Money::minus);
        }

        /** Interest for the days after the due date through {@code end}, each period on the balance it had. */
        InterestAccrual accrue(LateInterest lateInterest, InterestTerms terms, LocalDate end) {
            InterestAccrual accrual = InterestAccrual.NONE;
            LocalDate from = interestFrom;
            Money balance = principal;
            for (Reduction reduction : reductions) {
                if (reduction.on().isAfter(from)) {
                    LocalDate to = reduction.on().isAfter(end) ? end : reduction.on();
                    accrual = accrual.plus(lateInterest.accrue(balance, from, to, terms));
                    from = reduction.on();
                }
                balance = balance.minus(reduction.amount());
            }
            return accrual.plus(lateInterest.accrue(balance, from, end, terms));
        }
    }
}
