package fi.saatava.law.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceRateTableTest {

    private final ReferenceRateTable table = ReferenceRateTable.bundled();
    private final LateInterest interest = new LateInterest(table);

    /** Every row of spec §6.2 (the 2018-H2…2022-H2 row expanded), with the +7 and +8 pp rates. */
    @ParameterizedTest(name = "{0}: reference {1} %, late {2} %, commercial {3} %")
    @CsvSource({
            "2013-H1, 1.0, 8.0, 9.0", "2013-H2, 0.5, 7.5, 8.5", "2014-H1, 0.5, 7.5, 8.5", "2016-H1, 0.5, 7.5, 8.5",
            "2018-H2, 0.0, 7.0, 8.0", "2019-H1, 0.0, 7.0, 8.0", "2019-H2, 0.0, 7.0, 8.0", "2020-H1, 0.0, 7.0, 8.0",
            "2020-H2, 0.0, 7.0, 8.0", "2021-H1, 0.0, 7.0, 8.0", "2021-H2, 0.0, 7.0, 8.0", "2022-H1, 0.0, 7.0, 8.0",
            "2022-H2, 0.0, 7.0, 8.0", "2023-H1, 2.5, 9.5, 10.5", "2023-H2, 4.0, 11.0, 12.0",
            "2024-H1, 4.5, 11.5, 12.5", "2024-H2, 4.5, 11.5, 12.5", "2025-H1, 3.5, 10.5, 11.5",
            "2025-H2, 2.5, 9.5, 10.5", "2026-H1, 2.5, 9.5, 10.5"})
    void specTableRows(String halfYear, String reference, String late, String commercial) {
        HalfYear period = HalfYear.parse(halfYear);
        assertThat(table.rateFor(period).percent()).isEqualByComparingTo(reference);
        LocalDate day = period.firstDay().plusDays(40);
        assertThat(interest.rateOn(day, InterestTerms.ordinary()).ratePercent()).isEqualByComparingTo(late);
        assertThat(interest.rateOn(day, InterestTerms.commercial()).ratePercent()).isEqualByComparingTo(commercial);
    }

    @Test
    void bundledTableIsContiguousFrom2013AndMarks2025H2Unconfirmed() {
        List<ReferenceRate> rates = table.rates();
        assertThat(rates.get(0).halfYear()).isEqualTo(new HalfYear(2013, 1));
        assertThat(rates.get(rates.size() - 1).halfYear()).isEqualTo(new HalfYear(2026, 1));
        assertThat(rates).hasSize(27);
        assertThat(table.rateFor(new HalfYear(2025, 2)).status()).isEqualTo(ReferenceRate.Status.UNCONFIRMED);
        assertThat(table.rateFor(new HalfYear(2026, 1)).status()).isEqualTo(ReferenceRate.Status.CONFIRMED);
        assertThatThrownBy(() -> table.rateFor(new HalfYear(2012, 2))).isInstanceOf(UnknownReferenceRateException.class);
    }

    @Test
    void overridesReplaceAndAdd() {
        ReferenceRateTable overrides = parse("2025-H2;2.5;OPERATOR;verified 1.7.2025\n2026-H2;2.0;OPERATOR;release\n");
        ReferenceRateTable merged = table.overriddenBy(overrides);
        assertThat(merged.rateFor(new HalfYear(2025, 2)).status()).isEqualTo(ReferenceRate.Status.OPERATOR);
        assertThat(merged.rateFor(new HalfYear(2026, 2)).percent()).isEqualByComparingTo("2.0");
        assertThat(merged.rates()).hasSize(28);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "2026-H2;2.3;OPERATOR;x                 | test line 1: a reference rate is rounded up to a half point (KorkoL 12 §), got 2.3",
            "2026-H3;2.0;OPERATOR;x                 | test line 1: half-year must look like 2025-H1 or 2025-H2",
            "2026-H2;2.0                            | test line 1: expected half-year;percent;status;source",
            "2026-H2;2.0;GUESS;x                    | test line 1: No enum constant fi.saatava.law.interest.ReferenceRate.Status.GUESS"})
    void malformedLinesAreRejectedWithTheirLineNumber(String line, String problem) {
        assertThatThrownBy(() -> parse(line)).isInstanceOf(IllegalArgumentException.class).hasMessage(problem);
    }

    @Test
    void aHalfYearMayAppearOnlyOnce() {
        assertThatThrownBy(() -> parse("2026-H2;2.0;OPERATOR;a\n\n2026-H2;2.5;OPERATOR;b"))
                .hasMessage("test line 3: 2026-H2 appears twice");
    }

    @Test
    void halfYears() {
        assertThat(HalfYear.of(LocalDate.parse("2026-06-30"))).hasToString("2026-H1");
        assertThat(HalfYear.of(LocalDate.parse("2026-07-01")).firstDay()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(new HalfYear(2026, 1).lastDay()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(new HalfYear(2026, 1)).isLessThan(new HalfYear(2026, 2));
    }

    private static ReferenceRateTable parse(String text) {
        return ReferenceRateTable.parse(new StringReader(text), "test");
    }
}
