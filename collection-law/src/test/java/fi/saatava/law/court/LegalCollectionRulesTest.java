package fi.saatava.law.court;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.ClaimKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LegalCollectionRulesTest {

    private final LegalCollectionRules rules = new LegalCollectionRules();
    private static final LocalDate TODAY = LocalDate.parse("2026-02-02");

    @ParameterizedTest(name = "{0}: demand deadline {1} -> court from {2}")
    @CsvSource({
            // spec §3.3, PerintäL 6 § 1 mom: the day after the deadline, on a banking day
            "CONSUMER, 2026-03-10, 2026-03-11",
            "CONSUMER, 2026-03-13, 2026-03-16", // Friday deadline -> Monday
            "CONSUMER, 2026-12-23, 2026-12-28", // Christmas Eve, Christmas, St Stephen's, the weekend
            "OTHER, 2026-04-30, 2026-05-04"     // May Day -> the weekend -> Monday
    })
    void courtWaitsUntilTheDemandsDeadlineHasExpired(ClaimKind kind, LocalDate deadline, LocalDate earliest) {
        LegalCollectionTiming timing = rules.earliestStart(kind, TODAY, deadline, null);

        assertThat(timing.allowed()).isTrue();
        assertThat(timing.earliest()).isEqualTo(earliest);
        assertThat(timing.explanation()).contains(kind == ClaimKind.CONSUMER ? "PerintäL 6 § 1 mom" : "PerintäL 4 § 2 mom");
    }

    @Test
    void aDeadlineThatExpiredLongAgoAllowsCourtToday() {
        LegalCollectionTiming timing = rules.earliestStart(ClaimKind.CONSUMER, TODAY, LocalDate.parse("2026-01-05"), null);

        assertThat(timing.earliest()).isEqualTo(TODAY);
        assertThat(timing.explanation()).contains("that day has passed, so today");
    }

    @Test
    void aConsumerClaimWithoutADemandMayNotGoToCourt() {
        LegalCollectionTiming timing = rules.earliestStart(ClaimKind.CONSUMER, TODAY, null, null);

        assertThat(timing.allowed()).isFalse();
        assertThat(timing.earliest()).isNull();
        assertThat(timing.explanation()).contains("PerintäL 6 § 1 mom");
    }

    @Test
    void anOtherClaimWithoutALetterMayGoToCourtAtOnce() {
        assertThat(rules.earliestStart(ClaimKind.OTHER, TODAY, null, null).earliest()).isEqualTo(TODAY);
    }

    @ParameterizedTest
    @EnumSource(LegalCollectionException.class)
    void theExceptionsOfSixSectionSecondParagraphAllowCourtAtOnce(LegalCollectionException exception) {
        LegalCollectionTiming timing = rules.earliestStart(ClaimKind.CONSUMER, TODAY, LocalDate.parse("2026-03-10"),
                exception);

        assertThat(timing.earliest()).isEqualTo(TODAY);
        assertThat(timing.explanation()).contains("PerintäL 6 § 2 mom");
    }
}
