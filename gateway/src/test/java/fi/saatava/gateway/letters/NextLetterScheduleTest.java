package fi.saatava.gateway.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimTerms;
import fi.saatava.gateway.claims.Debtor;
import fi.saatava.gateway.claims.DebtorType;
import fi.saatava.gateway.claims.Invoice;
import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.money.Money;
import fi.saatava.law.schedule.LetterSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The send day of the next letter: collection-law's earliest date, a banking day, never in the past. */
class NextLetterScheduleTest {

    private final LetterRepository repository = mock(LetterRepository.class);
    private final List<LetterSummary> letters = new ArrayList<>();

    @ParameterizedTest(name = "{0} claim due {1}, today {2}: reminder on {3}")
    @CsvSource({
            "true,  2026-03-06, 2026-03-09T10:00:00+02:00, 2026-03-23", // 6.3. + 15 = Saturday 21.3. -> Monday
            "true,  2026-03-02, 2026-03-05T10:00:00+02:00, 2026-03-17", // 2.3. + 15 = Tuesday 17.3.
            "true,  2025-11-10, 2026-01-10T10:00:00+02:00, 2026-01-12", // long overdue, today Saturday -> Monday
            "true,  2026-11-10, 2026-12-24T10:00:00+02:00, 2026-12-28", // Christmas Eve: 24.-27.12. no banking day
            "true,  2026-11-10, 2026-12-25T23:30:00+02:00, 2026-12-28", // late on Christmas Day, Finnish time
            "true,  2025-11-10, 2025-12-17T10:00:00+02:00, 2025-12-17", // long overdue, today a banking day: today
            "false, 2026-03-06, 2026-03-07T10:00:00+02:00, 2026-03-09", // business: the day after the due date
            "false, 2026-03-04, 2026-03-05T10:00:00+02:00, 2026-03-05", // business: the day after, a banking day
    })
    void theReminderGoesOutOnItsLegalBankingDayAndNeverInThePast(boolean consumer, LocalDate dueDate,
                                                                  OffsetDateTime now, LocalDate reminderOn) {
        NextLetterSchedule.SendDay sendDay = scheduleAt(now).sendDay(claim(consumer, dueDate, null),
                LetterType.REMINDER);

        assertThat(sendDay.day()).isEqualTo(reminderOn);
    }

    @Test
    void theExplanationNamesTheRulesThatDecided() {
        NextLetterSchedule overdueThreeDays = scheduleAt(OffsetDateTime.parse("2026-03-09T10:00:00+02:00"));
        NextLetterSchedule longOverdue = scheduleAt(OffsetDateTime.parse("2026-01-10T10:00:00+02:00"));

        assertThat(overdueThreeDays.sendDay(claim(true, LocalDate.parse("2026-03-06"), null), LetterType.REMINDER)
                .explanation()).contains("14 full days after the due date 2026-03-06", "PerintäL 10 b § 1 mom",
                "moved to the next banking day 2026-03-23");
        assertThat(longOverdue.sendDay(claim(true, LocalDate.parse("2025-11-10"), null), LetterType.REMINDER)
                .explanation()).contains("Sent on 2026-01-12: today's first banking day (spec §16).");
    }

    @Test
    void theFirstDemandWaitsForTheReminderAndItsDeadline() {
        Claim claim = claim(true, LocalDate.parse("2025-11-10"), null);
        sent(LetterType.REMINDER, "2025-12-17T10:30:00+02:00", "2026-01-05");

        NextLetterSchedule.SendDay sendDay = scheduleAt(OffsetDateTime.parse("2025-12-17T11:00:00+02:00"))
                .sendDay(claim, LetterType.FIRST_DEMAND);

        // 17.12. + 15 = New Year's Day; the deadline 5.1. + 1 = Epiphany; so Wednesday 7.1.2026 (spec §3.3, §16).
        assertThat(sendDay.day()).isEqualTo(LocalDate.parse("2026-01-07"));
    }

    @Test
    void collectionResumingAfterALapsedPlanDoesNotCutTheInstalmentRemindersDeadlineShort() {
        Claim claim = claim(true, LocalDate.parse("2025-11-10"), null);
        sent(LetterType.REMINDER, "2025-12-17T10:30:00+02:00", "2026-01-05");
        sent(LetterType.INSTALMENT_REMINDER, "2026-02-17T10:30:00+02:00", "2026-03-06");

        NextLetterSchedule.SendDay sendDay = scheduleAt(OffsetDateTime.parse("2026-02-17T11:00:00+02:00"))
                .sendDay(claim, LetterType.FIRST_DEMAND);

        // After the instalment reminder's deadline 6.3.: Saturday 7.3., so Monday 9.3.2026.
        assertThat(sendDay.day()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(sendDay.explanation()).contains("after the latest letter, sent on 2026-02-17 with the payment "
                + "deadline 2026-03-06");
    }

    @Test
    void theCreditorsReminderCountsForTheFirstDemand() {
        Claim claim = claim(true, LocalDate.parse("2025-11-10"), LocalDate.parse("2025-12-05"));

        NextLetterSchedule.SendDay sendDay = scheduleAt(OffsetDateTime.parse("2025-12-17T10:00:00+02:00"))
                .sendDay(claim, LetterType.FIRST_DEMAND);

        // 5.12. + 15 days = Saturday 20.12., so Monday 22.12.2025.
        assertThat(sendDay.day()).isEqualTo(LocalDate.parse("2025-12-22"));
    }

    @Test
    void aLetterTheLawDoesNotAllowIsAnErrorNotAGuess() {
        Claim claim = claim(true, LocalDate.parse("2025-11-10"), null);
        NextLetterSchedule schedule = scheduleAt(OffsetDateTime.parse("2025-12-17T10:00:00+02:00"));

        assertThatThrownBy(() -> schedule.sendDay(claim, LetterType.FIRST_DEMAND))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not be sent a FIRST_DEMAND")
                .hasMessageContaining("only after a reminder (PerintäL 5 § 1 mom");
        assertThatThrownBy(() -> schedule.sendDay(claim, LetterType.DRAFT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never be used for a consumer claim");
    }

    @Test
    void aLetterNeverReportedDispatchedStopsTheSchedule() {
        Claim claim = claim(true, LocalDate.parse("2025-11-10"), null);
        letters.add(new LetterSummary(UUID.randomUUID(), LetterType.REMINDER, Instant.parse("2025-12-17T08:00:00Z"),
                LocalDate.parse("2026-01-05"), true, null, null, null));

        assertThatThrownBy(() -> scheduleAt(OffsetDateTime.parse("2025-12-18T10:00:00+02:00"))
                .sendDay(claim, LetterType.FIRST_DEMAND))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never reported dispatched");
    }

    private NextLetterSchedule scheduleAt(OffsetDateTime now) {
        Clock clock = Clock.fixed(now.toInstant(), ClockConfiguration.FINLAND);
        LetterSchedule law = new LetterSchedule();
        return new NextLetterSchedule(new CollectionLetters(repository, new DraftDecision(repository, law, clock,
                false)), law, clock);
    }

    private void sent(LetterType type, String dispatchedAt, String paymentDeadline) {
        Instant dispatched = OffsetDateTime.parse(dispatchedAt).toInstant();
        letters.add(new LetterSummary(UUID.randomUUID(), type, dispatched.minusSeconds(3_600),
                LocalDate.parse(paymentDeadline), true, dispatched, "PRINT", null));
    }

    private Claim claim(boolean consumer, LocalDate dueDate, LocalDate creditorsReminder) {
        Claim claim = new Claim(UUID.randomUUID(), UUID.randomUUID(), "CRM-1", "1000013", Instant.EPOCH,
                new Debtor(consumer ? DebtorType.CONSUMER : DebtorType.BUSINESS, "Maija Meikäläinen", null,
                        new PostalAddress("Kotikatu 1", "00100", "Helsinki", "FI"), "fi", null, null, null),
                new Invoice("INV-1", LocalDate.parse("2025-10-27"), dueDate, Money.of("120.00"), "Broadband",
                        creditorsReminder, List.of()),
                new ClaimTerms(consumer, false, false, null), null, "process", null, null);
        when(repository.summaries(claim.id())).thenReturn(letters);
        return claim;
    }
}
