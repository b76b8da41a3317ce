package fi.saatava.law.interest;

import fi.saatava.law.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Late-payment interest (viivästyskorko) under korkolaki 633/1982, spec §6.
 *
 * <p>Interest accrues for each day after {@code from} up to and including {@code to} ("from the day after the due
 * date", oikeus.fi practice, spec §6.1). Each day takes the rate of its half-year and the length of its year
 * (actual/365, 366 in leap years), so the period is split at every 1 Jan and 1 Jul, at the end of a consumer
 * credit's 180 contractual days, and at a stop date.
 */
public final class LateInterest {

    private final ReferenceRateTable rates;

    public LateInterest(ReferenceRateTable rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /**
     * Interest on {@code principal} for the days after {@code from} through {@code to}.
     *
     * @param from the last day without interest, normally the due date (or the day up to which interest was charged)
     * @param to   the last day with interest, e.g. the payment date
     * @throws UnknownReferenceRateException if a day falls in a half-year the rate table does not know
     */
    public InterestAccrual accrue(Money principal, LocalDate from, LocalDate to, InterestTerms terms) {
        if (principal.isNegative()) {
            throw new IllegalArgumentException("principal must not be negative");
        }
        LocalDate end = terms.stopsOn() != null && !terms.stopsOn().isAfter(to) ? terms.stopsOn().minusDays(1) : to;
        List<InterestSegment> segments = new ArrayList<>();
        LocalDate last = from;
        while (last.isBefore(end)) {
            LocalDate first = last.plusDays(1);
            last = lastDayOfSegment(first, end, terms);
            segments.add(segment(principal, first, last, terms));
        }
        return new InterestAccrual(segments);
    }

    /** The annual late-interest rate on a day, with the reason (e.g. for printing the rate in a letter, spec §6.1). */
    public InterestSegment rateOn(LocalDate day, InterestTerms terms) {
        return segment(Money.ZERO, day, day, terms);
    }

    private static LocalDate lastDayOfSegment(LocalDate first, LocalDate end, InterestTerms terms) {
        LocalDate last = HalfYear.of(first).lastDay();
        if (terms.contractualRateAppliesOn(first) && terms.contractualRateLastDay() != null
                && terms.contractualRateLastDay().isBefore(last)) {
            last = terms.contractualRateLastDay();
        }
        return last.isAfter(end) ? end : last;
    }

    private InterestSegment segment(Money principal, LocalDate first, LocalDate last, InterestTerms terms) {
        ReferenceRate reference = rates.rateFor(HalfYear.of(first));
        BigDecimal statutory = reference.percent().add(terms.basis().margin());
        String statutoryRule = reference.halfYear() + " reference rate " + plain(reference.percent()) + " %"
                + provenance(reference) + " + " + plain(terms.basis().margin()) + " pp = " + plain(statutory) + " % ("
                + terms.basis().section() + ", spec §6.1)";
        BigDecimal rate = statutory;
        String rule = statutoryRule;
        if (terms.contractualRateAppliesOn(first) && terms.contractualRatePercent().compareTo(statutory) > 0) {
            rate = terms.contractualRatePercent();
            rule = "contractual rate " + plain(rate) + " % continues because it is higher than the statutory "
                    + plain(statutory) + " % (" + (terms.basis() == InterestTerms.Basis.COMMERCIAL
                    ? "KorkoL 4 a § 2 mom" : "KorkoL 4 § 2 mom") + contractualLimit(terms) + ", spec §6.1)";
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return new InterestSegment(first, last, days, rate, first.lengthOfYear(), principal, rule);
    }

    private static String contractualLimit(InterestTerms terms) {
        return terms.contractualRateLastDay() == null ? ""
                : "; consumer credit: at most 180 days after the whole credit fell due or until a judgment, here through "
                + terms.contractualRateLastDay();
    }

    private static String provenance(ReferenceRate reference) {
        return switch (reference.status()) {
            case CONFIRMED -> "";
            case DERIVED -> " (derived from the KorkoL 12 § formula)";
            case UNCONFIRMED -> " (UNCONFIRMED: verify with the Bank of Finland)";
            case OPERATOR -> " (set by the operator: " + reference.source() + ")";
        };
    }

    private static String plain(BigDecimal percent) {
        return percent.stripTrailingZeros().scale() <= 0
                ? percent.setScale(1).toPlainString() : percent.stripTrailingZeros().toPlainString();
    }
}
