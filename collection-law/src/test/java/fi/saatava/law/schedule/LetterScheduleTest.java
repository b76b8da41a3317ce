package fi.saatava.law.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.DeliveryChannel;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterScheduleTest {

    private final LetterSchedule schedule = new LetterSchedule();

    @ParameterizedTest(name = "{0} after a letter on {1}: {2}")
    @CsvSource({
            // spec §17: consumer, reminder on day R -> first demand no earlier than R + 15, on a banking day
            "CONSUMER, 2026-11-02, 2026-11-17",
            "CONSUMER, 2026-11-06, 2026-11-23", // R + 15 is Saturday 21.11 -> Monday
            "CONSUMER, 2026-12-09, 2026-12-28", // R + 15 is Christmas Eve -> after Christmas and the weekend
            // spec §2.2: other claims, R + 11
            "OTHER, 2026-11-02, 2026-11-13",
            "OTHER, 2026-11-03, 2026-11-16", // R + 11 is Saturday
            "OTHER, 2026-04-23, 2026-05-04"  // R + 11 is May Day (Friday)
    })
    void earliestNextLetterCountsStrictlyAndMovesToABankingDay(ClaimKind kind, LocalDate previous, LocalDate earliest) {
        assertThat(schedule.earliestNextLetter(kind, previous)).isEqualTo(earliest);
    }

    @ParameterizedTest(name = "sent {0} by {1}: pay by {2}")
    @CsvSource({
            "2026-11-02, EMAIL, 2026-11-12",
            "2026-11-02, LETTER, 2026-11-19",
            "2026-11-04, EMAIL, 2026-11-16",  // day 10 is Saturday
            "2026-12-07, LETTER, 2026-12-28", // 24.12 Christmas Eve -> Monday 28.12
            "2026-04-23, EMAIL, 2026-05-04"   // 3.5 is a Sunday
    })
    void paymentDueDateIsTenDaysAfterTheLatestDeliveryOnABankingDay(LocalDate sent, DeliveryChannel channel, LocalDate due) {
        assertThat(schedule.paymentDueDate(sent, channel)).isEqualTo(due);
    }

    @ParameterizedTest(name = "letter terms {0} days: sent 2026-11-02, delivered by {1}, due {2}")
    @CsvSource({"3, 2026-11-05, 2026-11-16", "0, 2026-11-02, 2026-11-12", "10, 2026-11-12, 2026-11-23"})
    void letterDeliveryDaysAreConfigurable(int letterDays, LocalDate delivered, LocalDate due) {
        LetterSchedule configured = new LetterSchedule(new DeliveryTerms(letterDays, 0));
        assertThat(configured.latestDeliveryDate(LocalDate.parse("2026-11-02"), DeliveryChannel.LETTER)).isEqualTo(delivered);
        assertThat(configured.paymentDueDate(LocalDate.parse("2026-11-02"), DeliveryChannel.LETTER)).isEqualTo(due);
    }
}
