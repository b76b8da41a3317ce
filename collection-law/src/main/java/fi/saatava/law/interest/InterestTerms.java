package fi.saatava.law.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which late-interest rule applies to a debt (korkolaki 633/1982, spec §6.1).
 *
 * @param basis                  the statutory rate: reference + 7 pp or, for commercial payments, + 8 pp
 * @param contractualRatePercent the interest rate agreed before the due date, or {@code null}; used while it is higher
 *                               than the statutory rate (KorkoL 4 § 2 mom, 4 a § 2 mom)
 * @param contractualRateLastDay the last day on which the contractual rate may apply, or {@code null} for no limit; set
 *                               by {@link #consumerCredit} (the 180-day rule)
 * @param stopsOn                the first day on which no interest accrues (bankruptcy, debt adjustment, restructuring:
 *                               spec §11), or {@code null}
 */
public record InterestTerms(Basis basis, BigDecimal contractualRatePercent, LocalDate contractualRateLastDay,
                            LocalDate stopsOn) {

    /** Days after the whole consumer credit fell due during which the contractual rate may continue (KorkoL 4 § 2 mom). */
    public static final int CONSUMER_CREDIT_CONTRACTUAL_DAYS = 180;

    /** The statutory late-interest rate. */
    public enum Basis {
        /** Reference rate + 7 percentage points, KorkoL 4 § 1 mom. */
        ORDINARY(7, "KorkoL 4 § 1 mom"),
        /**
         * Reference rate + 8 percentage points, KorkoL 4 a § 1 mom: a payment for goods or services owed by a business
         * or contracting authority to a business (MaksuehtoL 1 §), falling due from 16.3.2013. A B2B loan is ORDINARY.
         */
        COMMERCIAL(8, "KorkoL 4 a § 1 mom");

        private final BigDecimal margin;
        private final String section;

        Basis(int margin, String section) {
            this.margin = BigDecimal.valueOf(margin);
            this.section = section;
        }

        BigDecimal margin() {
            return margin;
        }

        String section() {
            return section;
        }
    }

    public InterestTerms {
        Objects.requireNonNull(basis, "basis");
        if (contractualRatePercent != null && contractualRatePercent.signum() < 0) {
            throw new IllegalArgumentException("contractual rate must not be negative");
        }
    }

    /** Reference rate + 7 pp (KorkoL 4 § 1 mom). */
    public static InterestTerms ordinary() {
        return new InterestTerms(Basis.ORDINARY, null, null, null);
    }

    /** Reference rate + 8 pp (KorkoL 4 a § 1 mom). */
    public static InterestTerms commercial() {
        return new InterestTerms(Basis.COMMERCIAL, null, null, null);
    }

    /**
     * Consumer credit (and other contracts under KorkoL 2 § 2 mom): the contractual rate continues, when higher, for
     * at most 180 days after the whole credit fell due, or until an earlier judgment; then reference + 7 pp
     * (KorkoL 4 § 2 mom as amended by 846/2009, spec §6.1).
     *
     * @param wholeCreditDueOn the day the whole credit fell due
     * @param judgmentOn       the day of a judgment on the debt, or {@code null}; the contractual rate ends the day before
     */
    public static InterestTerms consumerCredit(BigDecimal contractualRatePercent, LocalDate wholeCreditDueOn,
                                               LocalDate judgmentOn) {
        LocalDate lastDay = wholeCreditDueOn.plusDays(CONSUMER_CREDIT_CONTRACTUAL_DAYS);
        if (judgmentOn != null && judgmentOn.isBefore(lastDay.plusDays(1))) {
            lastDay = judgmentOn.minusDays(1);
        }
        return new InterestTerms(Basis.ORDINARY, Objects.requireNonNull(contractualRatePercent), lastDay, null);
    }

    /** These terms with a contractual rate that continues while higher than the statutory one (4 § 2 mom, 4 a § 2 mom). */
    public InterestTerms withContractualRate(BigDecimal percent) {
        return new InterestTerms(basis, Objects.requireNonNull(percent), contractualRateLastDay, stopsOn);
    }

    /** These terms with interest stopping: no interest accrues on {@code firstDayWithoutInterest} or later. */
    public InterestTerms stoppedOn(LocalDate firstDayWithoutInterest) {
        return new InterestTerms(basis, contractualRatePercent, contractualRateLastDay,
                Objects.requireNonNull(firstDayWithoutInterest));
    }

    boolean contractualRateAppliesOn(LocalDate day) {
        return contractualRatePercent != null && (contractualRateLastDay == null || !day.isAfter(contractualRateLastDay));
    }
}
