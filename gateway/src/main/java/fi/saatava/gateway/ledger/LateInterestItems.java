package fi.saatava.gateway.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.saatava.law.interest.HalfYear;
import fi.saatava.law.interest.InterestAccrual;
import fi.saatava.law.interest.InterestSegment;
import fi.saatava.law.money.Money;

/**
 * Outstanding late interest as a letter itemises it: one line per rate period (a half-year's rate, or the contractual
 * rate while it applies, spec §6.1), with its rate and the days it covers, so the debtor sees how it was formed (spec
 * §3.6 1 mom 3 k and 4 mom). The lines add up to the outstanding interest exactly: each is the rounded interest through
 * its period less the rounded interest before it (the whole is rounded once, as the ledger does), and interest
 * already paid is taken off the oldest lines first, as payments cover the oldest interest first.
 */
final class LateInterestItems {

    private LateInterestItems() {
    }

    /** A rate period: the segments of every principal entry in one half-year at one rate. */
    private record Period(HalfYear halfYear, BigDecimal ratePercent) {
    }

    /**
     * @param accrual     all late interest accrued, every segment
     * @param outstanding what of it is still owed
     * @param through     the last day included
     * @return the lines oldest first; a single line without a rate when nothing is owed, or when the ledger's entries
     * say something the accrual cannot explain (less than nothing, or more than accrued)
     */
    static List<ItemisedDebt.LateInterestItem> itemise(InterestAccrual accrual, Money outstanding, LocalDate through) {
        if (!outstanding.isPositive() || outstanding.isGreaterThan(accrual.amount())) {
            return List.of(new ItemisedDebt.LateInterestItem(outstanding, null, null, through));
        }
        Map<Period, List<InterestSegment>> periods = new LinkedHashMap<>();
        accrual.segments().stream()
                .sorted(Comparator.comparing(InterestSegment::firstDay))
                .forEach(segment -> periods.computeIfAbsent(
                        new Period(HalfYear.of(segment.firstDay()), segment.ratePercent()),
                        period -> new ArrayList<>()).add(segment));
        List<ItemisedDebt.LateInterestItem> lines = new ArrayList<>();
        List<InterestSegment> soFar = new ArrayList<>();
        Money roundedSoFar = Money.ZERO;
        for (Map.Entry<Period, List<InterestSegment>> period : periods.entrySet()) {
            List<InterestSegment> segments = period.getValue();
            soFar.addAll(segments);
            Money roundedThrough = new InterestAccrual(soFar).amount();
            lines.add(new ItemisedDebt.LateInterestItem(roundedThrough.minus(roundedSoFar),
                    period.getKey().ratePercent(),
                    segments.stream().map(InterestSegment::firstDay).min(LocalDate::compareTo).orElseThrow(),
                    segments.stream().map(InterestSegment::lastDay).max(LocalDate::compareTo).orElseThrow()));
            roundedSoFar = roundedThrough;
        }
        return withoutPaid(lines, accrual.amount().minus(outstanding));
    }

    /** Takes {@code paid} off the oldest lines first. */
    private static List<ItemisedDebt.LateInterestItem> withoutPaid(List<ItemisedDebt.LateInterestItem> lines,
                                                                    Money paid) {
        List<ItemisedDebt.LateInterestItem> left = new ArrayList<>();
        Money toTakeOff = paid;
        for (ItemisedDebt.LateInterestItem line : lines) {
            Money takenOff = toTakeOff.min(line.amount());
            toTakeOff = toTakeOff.minus(takenOff);
            if (line.amount().isGreaterThan(takenOff)) {
                left.add(withAmount(line, line.amount().minus(takenOff)));
            }
        }
        return left;
    }

    private static ItemisedDebt.LateInterestItem withAmount(ItemisedDebt.LateInterestItem line, Money amount) {
        return new ItemisedDebt.LateInterestItem(amount, line.ratePercent(), line.from(), line.through());
    }
}
