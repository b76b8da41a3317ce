package fi.saatava.law.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.saatava.law.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LateInterestTest {

    private final LateInterest interest = new LateInterest(ReferenceRateTable.bundled());

    @Test
    void acrossTheTurnOf2024Each_halfYearAtItsOwnRateAndYearLength() {
        // spec §17: 2024 H2 11.5 %, 2025 H1 10.5 %; 2024 is a leap year (366), 2025 is not (365)
        InterestAccrual accrual = interest.accrue(Money.of("1000.00"), date("2024-12-15"), date("2025-01-14"),
                InterestTerms.ordinary());

        assertThat(accrual.segments()).extracting(InterestSegment::firstDay, InterestSegment::lastDay,
                        InterestSegment::days, s -> s.ratePercent().stripTrailingZeros(), InterestSegment::yearDays)
                .containsExactly(
                        tuple(date("2024-12-16"), date("2024-12-31"), 16L, new BigDecimal("11.5"), 366),
                        tuple(date("2025-01-01"), date("2025-01-14"), 14L, new BigDecimal("10.5"), 365));
        // 1000 × 11.5 % × 16/366 + 1000 × 10.5 % × 14/365 = 9.05472…
        assertThat(accrual.amount()).isEqualTo(Money.of("9.05"));
        assertThat(accrual.segments().get(0).rule()).contains("2024-H2 reference rate 4.5 %", "+ 7.0 pp = 11.5 %",
                "KorkoL 4 § 1 mom");
    }

    @Test
    void commercialPaymentIsReferencePlusEight() {
        InterestAccrual accrual = interest.accrue(Money.of("1000.00"), date("2024-12-15"), date("2025-01-14"),
                InterestTerms.commercial());
        assertThat(accrual.amount()).isEqualTo(Money.of("9.88")); // 12.5 % and 11.5 %: 9.87544…
        assertThat(accrual.segments().get(1).rule()).contains("= 11.5 %", "KorkoL 4 a § 1 mom");
    }

    @Test
    void midYearBoundaryAlsoSplits() {
        InterestAccrual accrual = interest.accrue(Money.of("2000.00"), date("2023-06-20"), date("2023-07-10"),
                InterestTerms.ordinary());
        assertThat(accrual.segments()).extracting(InterestSegment::days).containsExactly(10L, 10L);
        assertThat(accrual.amount()).isEqualTo(Money.of("11.23")); // 9.5 % then 11.0 %
    }

    @Test
    void leapDayCountsWithYearLength366() {
        InterestAccrual accrual = interest.accrue(Money.of("1234.56"), date("2024-02-28"), date("2024-03-01"),
                InterestTerms.ordinary());
        assertThat(accrual.days()).isEqualTo(2);
        assertThat(accrual.amount()).isEqualTo(Money.of("0.78"));
    }

    @Test
    void higherContractualRateContinuesAndALowerOneDoesNot() {
        InterestTerms fifteen = InterestTerms.ordinary().withContractualRate(new BigDecimal("15"));
        InterestAccrual high = interest.accrue(Money.of("365.00"), date("2025-01-31"), date("2025-03-02"), fifteen);
        assertThat(high.amount()).isEqualTo(Money.of("4.50")); // 365 × 15 % × 30/365
        assertThat(high.segments().get(0).rule()).contains("contractual rate 15.0 %", "KorkoL 4 § 2 mom");

        InterestTerms nine = InterestTerms.ordinary().withContractualRate(new BigDecimal("9"));
        InterestAccrual low = interest.accrue(Money.of("365.00"), date("2025-01-31"), date("2025-03-02"), nine);
        assertThat(low.segments().get(0).ratePercent()).isEqualByComparingTo("10.5");
    }

    @Test
    void consumerCreditKeepsTheContractualRateFor180DaysOnly() {
        InterestTerms terms = InterestTerms.consumerCredit(new BigDecimal("20"), date("2024-10-01"), null);
        InterestAccrual accrual = interest.accrue(Money.of("5000.00"), date("2024-10-01"), date("2025-05-31"), terms);

        assertThat(accrual.segments()).extracting(InterestSegment::lastDay, InterestSegment::days,
                        s -> s.ratePercent().stripTrailingZeros().toPlainString())
                .containsExactly(
                        tuple(date("2024-12-31"), 91L, "20"),
                        tuple(date("2025-03-30"), 89L, "20"),
                        tuple(date("2025-05-31"), 62L, "10.5"));
        assertThat(accrual.amount()).isEqualTo(Money.of("581.65"));
        assertThat(accrual.segments().get(1).rule()).contains("180 days", "2025-03-30");
    }

    @Test
    void anEarlierJudgmentEndsTheContractualRate() {
        InterestTerms terms = InterestTerms.consumerCredit(new BigDecimal("20"), date("2024-10-01"), date("2025-02-01"));
        InterestAccrual accrual = interest.accrue(Money.of("5000.00"), date("2024-10-01"), date("2025-05-31"), terms);
        assertThat(accrual.segments()).extracting(InterestSegment::lastDay)
                .containsExactly(date("2024-12-31"), date("2025-01-31"), date("2025-05-31"));
        assertThat(accrual.segments().get(2).ratePercent()).isEqualByComparingTo("10.5");
    }

    @Test
    void interestStopsOnTheStopDate() {
        InterestTerms terms = InterestTerms.ordinary().stoppedOn(date("2025-01-10"));
        InterestAccrual accrual = interest.accrue(Money.of("1000.00"), date("2024-12-31"), date("2025-02-01"), terms);
        assertThat(accrual.days()).isEqualTo(9);
        assertThat(accrual.segments().get(0).lastDay()).isEqualTo(date("2025-01-09"));

        InterestTerms stoppedBefore = InterestTerms.ordinary().stoppedOn(date("2024-12-01"));
        assertThat(interest.accrue(Money.of("1000.00"), date("2024-12-31"), date("2025-02-01"), stoppedBefore).amount())
                .isEqualTo(Money.ZERO);
    }

    @Test
    void noDaysNoInterest() {
        assertThat(interest.accrue(Money.of("1000.00"), date("2025-01-10"), date("2025-01-10"), InterestTerms.ordinary()))
                .isEqualTo(InterestAccrual.NONE);
        assertThat(interest.accrue(Money.of("1000.00"), date("2025-01-10"), date("2025-01-01"), InterestTerms.ordinary())
                .amount()).isEqualTo(Money.ZERO);
    }

    @Test
    void unconfirmedRateIsUsedButSaysSo() {
        InterestAccrual accrual = interest.accrue(Money.of("100.00"), date("2025-07-01"), date("2025-07-02"),
                InterestTerms.ordinary());
        assertThat(accrual.segments().get(0).rule()).contains("2025-H2", "UNCONFIRMED");
    }

    @Test
    void unknownHalfYearIsAnExplicitError() {
        assertThatThrownBy(() -> interest.accrue(Money.of("100.00"), date("2026-06-30"), date("2026-07-01"),
                InterestTerms.ordinary()))
                .isInstanceOf(UnknownReferenceRateException.class)
                .hasMessageContaining("no reference rate is known for 2026-H2")
                .hasMessageContaining("override file")
                .extracting(e -> ((UnknownReferenceRateException) e).halfYear()).isEqualTo(new HalfYear(2026, 2));
    }

    @Test
    void operatorAddsAHalfYearWithAnOverrideFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rates.csv");
        Files.writeString(file, "# operator rates\n2026-H2;2.0;OPERATOR;Bank of Finland release 30.6.2026\n");
        LateInterest configured = new LateInterest(ReferenceRateTable.bundledWithOverrides(file));

        InterestAccrual accrual = configured.accrue(Money.of("365.00"), date("2026-06-25"), date("2026-07-10"),
                InterestTerms.ordinary());
        assertThat(accrual.segments()).hasSize(2);
        assertThat(accrual.segments().get(1).ratePercent()).isEqualByComparingTo("9.0");
        assertThat(accrual.segments().get(1).rule()).contains("set by the operator: Bank of Finland release 30.6.2026");
        assertThat(configured.rateOn(date("2026-01-15"), InterestTerms.ordinary()).ratePercent()).isEqualByComparingTo("9.5");
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
