package fi.saatava.law.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.DeliveryChannel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    private static final LocalDate DUE = LocalDate.parse("2026-11-02");

    @Test
    void consumerTimelineDueReminderFirstAndSecondDemand() {
        // spec §3.3: due D -> reminder >= D+15 -> demand >= reminder+15 -> second demand >= demand+15, banking days
        LetterTiming reminder = schedule.earliestSendDate(ClaimKind.CONSUMER, LetterType.REMINDER, DUE, List.of());
        assertThat(reminder.earliest()).isEqualTo(LocalDate.parse("2026-11-17"));
        assertThat(reminder.explanation()).contains("PerintäL 10 b § 1 mom");

        List<SentLetter> reminded = List.of(new SentLetter(LetterType.REMINDER, LocalDate.parse("2026-11-17"), null));
        LetterTiming demand = schedule.earliestSendDate(ClaimKind.CONSUMER, LetterType.FIRST_DEMAND, DUE, reminded);
        assertThat(demand.earliest()).isEqualTo(LocalDate.parse("2026-12-02"));

        List<SentLetter> demanded = List.of(reminded.get(0),
                new SentLetter(LetterType.FIRST_DEMAND, LocalDate.parse("2026-12-09"), null));
        LetterTiming second = schedule.earliestSendDate(ClaimKind.CONSUMER, LetterType.SECOND_DEMAND, DUE, demanded);
        assertThat(second.earliest()).isEqualTo(LocalDate.parse("2026-12-28")); // 24.12 -> after Christmas
        assertThat(second.explanation()).contains("FIRST_DEMAND sent on 2026-12-09 + 15 days",
                "moved to the next banking day 2026-12-28");
    }

    @Test
    void consumerRefusals() {
        assertThat(schedule.earliestSendDate(ClaimKind.CONSUMER, LetterType.FIRST_DEMAND, DUE, List.of()))
                .isEqualTo(new LetterTiming(false, null,
                        "A consumer demand may be sent only after a reminder (PerintäL 5 § 1 mom, spec §3.3)."));
        assertThat(schedule.earliestSendDate(ClaimKind.CONSUMER, LetterType.TRATTA, DUE, List.of()).explanation())
                .contains("PerintäL 7 § 2 mom");
        assertThat(schedule.earliestSendDate(ClaimKind.CONSUMER, LetterType.SECOND_DEMAND, DUE, List.of()).allowed())
                .isFalse();
    }

    @Test
    void otherClaimNeedsNoWaitBeforeTheFirstLetterButTenDaysBetweenLetters() {
        assertThat(schedule.earliestSendDate(ClaimKind.OTHER, LetterType.FIRST_DEMAND, DUE, List.of()).earliest())
                .isEqualTo(LocalDate.parse("2026-11-03"));
        List<SentLetter> reminded = List.of(new SentLetter(LetterType.REMINDER, LocalDate.parse("2026-11-03"), null));
        assertThat(schedule.earliestSendDate(ClaimKind.OTHER, LetterType.FIRST_DEMAND, DUE, reminded).earliest())
                .isEqualTo(LocalDate.parse("2026-11-16")); // 14.11 is a Saturday
    }

    @Test
    void trattaAfterTheTenDayReminderDeadlineAndItsPublicationWindow() {
        // spec §17: reminder with a 10-day deadline sent on day R -> tratta no earlier than R + 11;
        // publication between tratta + 14 and tratta + 60
        LocalDate r = LocalDate.parse("2026-11-03");
        List<SentLetter> reminded = List.of(new SentLetter(LetterType.REMINDER, r, r.plusDays(10)));
        LetterTiming tratta = schedule.earliestSendDate(ClaimKind.OTHER, LetterType.TRATTA, DUE, reminded);
        assertThat(tratta.earliest()).isEqualTo(LocalDate.parse("2026-11-16")); // R + 11 = Saturday 14.11
        assertThat(tratta.explanation()).contains("moved to the next banking day");

        LocalDate friday = LocalDate.parse("2026-11-06");
        List<SentLetter> longDeadline = List.of(new SentLetter(LetterType.REMINDER, friday.minusDays(11),
                friday.minusDays(1).plusDays(5)));
        LetterTiming afterDeadline = schedule.earliestSendDate(ClaimKind.OTHER, LetterType.TRATTA, DUE, longDeadline);
        assertThat(afterDeadline.earliest()).isEqualTo(LocalDate.parse("2026-11-11"));
        assertThat(afterDeadline.explanation()).contains("PerintäL 7 § 3 mom");

        TrattaPublicationWindow window = schedule.trattaPublicationWindow(LocalDate.parse("2026-11-16"));
        assertThat(window).isEqualTo(new TrattaPublicationWindow(LocalDate.parse("2026-11-30"), LocalDate.parse("2027-01-15")));
        assertThat(window.contains(LocalDate.parse("2026-11-29"))).isFalse();
        assertThat(window.contains(LocalDate.parse("2027-01-15"))).isTrue();
    }

    @Test
    void trattaNeedsAQualifyingReminder() {
        LocalDate r = LocalDate.parse("2026-11-03");
        List<SentLetter> nineDays = List.of(new SentLetter(LetterType.REMINDER, r, r.plusDays(9)));
        assertThat(schedule.earliestSendDate(ClaimKind.OTHER, LetterType.TRATTA, DUE, nineDays).allowed()).isFalse();
        assertThat(schedule.earliestSendDate(ClaimKind.OTHER, LetterType.TRATTA, DUE, List.of()).explanation())
                .contains("at least 10 days");
    }

    @Test
    void noLetterBeforeAnEarlierLettersPaymentDeadlineHasPassed() {
        LocalDate reminderDay = LocalDate.parse("2026-11-17");
        LocalDate deadline = schedule.paymentDueDate(reminderDay, DeliveryChannel.LETTER);
        assertThat(deadline).isEqualTo(LocalDate.parse("2026-12-04"));
        List<SentLetter> reminded = List.of(new SentLetter(LetterType.REMINDER, reminderDay, deadline));
        LetterTiming demand = schedule.earliestSendDate(ClaimKind.CONSUMER, LetterType.FIRST_DEMAND, DUE, reminded);
        assertThat(demand.earliest()).isEqualTo(LocalDate.parse("2026-12-07")); // 5.12 is a Saturday
        assertThat(demand.explanation()).contains("payment deadline 2026-12-04 of an earlier letter", "PerintäL 4 §");
    }

    @ParameterizedTest(name = "{0} letter on {1} with deadline {2}: next on {3}")
    @CsvSource({
            "CONSUMER, 2026-11-17, 2026-12-04, 2026-12-07", // deadline + 1 is a Saturday
            "CONSUMER, 2026-11-17, 2026-11-27, 2026-12-02", // e-mail deadline earlier than the 15-day gap
            "OTHER,    2026-11-03, 2026-11-13, 2026-11-16"})
    void earliestNextLetterAlsoWaitsForThePreviousDeadline(ClaimKind kind, LocalDate previous, LocalDate deadline,
                                                           LocalDate expected) {
        assertThat(schedule.earliestNextLetter(kind, previous, deadline)).isEqualTo(expected);
    }
}
