package fi.saatava.law.interest;

import fi.saatava.law.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Interest for a run of days with one rate and one year length (spec §6.1: split at half-year boundaries, actual/365
 * or 366 in leap years).
 *
 * @param firstDay    first day with interest
 * @param lastDay     last day with interest
 * @param days        number of days, both ends included
 * @param ratePercent the annual rate applied
 * @param yearDays    365, or 366 in a leap year
 * @param principal   the amount interest is computed on
 * @param rule        why this rate applies, citing the section
 */
public record InterestSegment(LocalDate firstDay, LocalDate lastDay, long days, BigDecimal ratePercent, int yearDays,
                              Money principal, String rule) {

    /** 100 (percent) × 365 × 366: the common denominator of every segment, in cents. */
    static final BigDecimal DENOMINATOR = BigDecimal.valueOf(100L * 365 * 366);

    /**
     * This segment's interest in cents × {@link #DENOMINATOR}, exactly: cents × rate × days × (the other year length).
     * Summing these and rounding once makes interest over a period equal to the sum over any split of it.
     */
    BigDecimal exactNumerator() {
        long otherYear = yearDays == 365 ? 366 : 365;
        return BigDecimal.valueOf(principal.cents()).multiply(ratePercent)
                .multiply(BigDecimal.valueOf(days * otherYear));
    }

    /** This segment alone, rounded half-up to the cent (for display; totals round once, see {@link InterestAccrual}). */
    public Money amount() {
        return toMoney(exactNumerator());
    }

    static Money toMoney(BigDecimal numerator) {
        return Money.ofCents(numerator.divide(DENOMINATOR, 0, RoundingMode.HALF_UP).longValueExact());
    }
}
