package fi.saatava.gateway.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import fi.saatava.law.schedule.SentLetter;
import fi.saatava.process.ProcessContract.CollectionSteps;
import org.junit.jupiter.api.Test;

class CollectionLettersTest {

    private static final Instant MORNING = Instant.parse("2025-12-10T06:00:00Z");

    private final LetterRepository repository = mock(LetterRepository.class);
    private final CollectionLetters collectionLetters = new CollectionLetters(repository,
            new DraftDecision(repository, new LetterSchedule(), Clock.fixed(MORNING, ClockConfiguration.FINLAND), true));
    private final List<LetterSummary> letters = new ArrayList<>();

    private Claim claim(LocalDate creditorsReminder) {
        return claim(creditorsReminder, null);
    }

    private Claim claim(LocalDate creditorsReminder, Instant legalCollectionRequestedAt) {
        Claim claim = new Claim(UUID.randomUUID(), UUID.randomUUID(), "CRM-1", "1000013", MORNING,
                new Debtor(DebtorType.CONSUMER, "Maija Meikäläinen", "131052-308T",
                        new PostalAddress("Kotikatu 1", "00100", "Helsinki", "FI"), "fi", null, null, null),
                new Invoice("INV-1", LocalDate.parse("2025-10-27"), LocalDate.parse("2025-11-10"),
                        Money.of("120.00"), "Broadband", creditorsReminder, List.of()),
                new ClaimTerms(true, false, false, null), null,
                "process", legalCollectionRequestedAt, null);
        when(repository.summaries(claim.id())).thenReturn(letters);
        return claim;
    }

    private void letter(LetterType type, int day, Instant dispatchedAt, Instant voidedAt) {
        letters.add(new LetterSummary(UUID.randomUUID(), type, MORNING.plusSeconds(86_400L * day),
                LocalDate.parse("2025-12-29"), dispatchedAt != null, dispatchedAt,
                dispatchedAt == null ? null : "PRINT", voidedAt));
    }

    private Claim businessClaim() {
        Claim consumer = claim(null);
        Claim claim = new Claim(consumer.id(), consumer.creditorId(), "CRM-2", "1000026", MORNING,
                new Debtor(DebtorType.BUSINESS, "Velka Oy", "2077474-0", consumer.debtor().address(), "fi", null,
                        null, null),
                consumer.invoice(), new ClaimTerms(false, true, false, null), null, "process", null, null);
        when(repository.summaries(claim.id())).thenReturn(letters);
        return claim;
    }

    private static CollectionLetters on(LetterRepository repository, Instant now, boolean useTratta) {
        return new CollectionLetters(repository, new DraftDecision(repository, new LetterSchedule(),
                Clock.fixed(now, ClockConfiguration.FINLAND), useTratta));
    }

    @Test
    void aBusinessClaimGetsATrattaAfterTheDemandOnceAReminderGaveTenDaysToPay() {
        Claim claim = businessClaim();
        letter(LetterType.REMINDER, 0, MORNING, null); // sent 10.12., deadline 29.12.
        letter(LetterType.FIRST_DEMAND, 20, MORNING.plusSeconds(86_400L * 20), null);

        assertThat(collectionLetters.nextStep(claim)).isEqualTo(CollectionSteps.TRATTA);
        assertThat(on(repository, MORNING, false).nextStep(claim)).isEqualTo(CollectionSteps.SECOND_DEMAND);
    }

    @Test
    void aDisputedClaimNeverGetsATratta() {
        Claim claim = businessClaim();
        letter(LetterType.REMINDER, 0, MORNING, null);
        letter(LetterType.DISPUTE_ACKNOWLEDGEMENT, 5, MORNING.plusSeconds(86_400L * 5), null);
        letter(LetterType.FIRST_DEMAND, 20, MORNING.plusSeconds(86_400L * 20), null);

        assertThat(collectionLetters.nextStep(claim)).isEqualTo(CollectionSteps.SECOND_DEMAND);
    }

    @Test
    void aSentTrattaIsPublishedWithinSixtyDaysAndAfterThatTheClaimGoesToCourt() {
        Claim claim = businessClaim();
        letter(LetterType.REMINDER, 0, MORNING, null);
        letter(LetterType.FIRST_DEMAND, 20, MORNING.plusSeconds(86_400L * 20), null);
        letter(LetterType.DRAFT, 40, MORNING.plusSeconds(86_400L * 40), null); // sent 19.1.2026

        assertThat(on(repository, Instant.parse("2026-03-20T10:00:00Z"), true).nextStep(claim))
                .isEqualTo(CollectionSteps.DRAFT_PUBLICATION);
        assertThat(on(repository, Instant.parse("2026-03-21T10:00:00Z"), true).nextStep(claim))
                .isEqualTo(CollectionSteps.LEGAL_COLLECTION);
    }

    @Test
    void collectionStartsWithAReminder() {
        assertThat(collectionLetters.nextStep(claim(null))).isEqualTo(CollectionSteps.REMINDER);
    }

    @Test
    void theCreditorsReminderLeadsToTheFirstDemand() {
        assertThat(collectionLetters.nextStep(claim(LocalDate.parse("2025-11-25"))))
                .isEqualTo(CollectionSteps.FIRST_DEMAND);
    }

    @Test
    void eachDispatchedLetterMovesCollectionOneStep() {
        Claim claim = claim(null);
        letter(LetterType.REMINDER, 0, MORNING, null);
        assertThat(collectionLetters.nextStep(claim)).isEqualTo(CollectionSteps.FIRST_DEMAND);
        letter(LetterType.FIRST_DEMAND, 20, MORNING.plusSeconds(86_400L * 20), null);
        assertThat(collectionLetters.nextStep(claim)).isEqualTo(CollectionSteps.SECOND_DEMAND);
        letter(LetterType.SECOND_DEMAND, 40, MORNING.plusSeconds(86_400L * 40), null);
        assertThat(collectionLetters.nextStep(claim)).isEqualTo(CollectionSteps.LEGAL_COLLECTION);
    }

    @Test
    void theDebtorsRequestForLegalCollectionSkipsTheRemainingLetters() {
        Claim claim = claim(null, MORNING);
        letter(LetterType.REMINDER, 0, MORNING, null);

        assertThat(collectionLetters.nextStep(claim)).isEqualTo(CollectionSteps.LEGAL_COLLECTION);
    }

    @Test
    void voidedUndispatchedAndOtherLettersDoNotMoveCollection() {
        Claim claim = claim(null);
        letter(LetterType.REMINDER, 0, MORNING, null);
        letter(LetterType.FIRST_DEMAND, 20, null, MORNING.plusSeconds(86_400L * 21));
        letter(LetterType.DISPUTE_ACKNOWLEDGEMENT, 22, MORNING.plusSeconds(86_400L * 22), null);

        assertThat(collectionLetters.nextStep(claim)).isEqualTo(CollectionSteps.FIRST_DEMAND);
        // ...and the first demand's interval still counts from the reminder, in Finnish time.
        assertThat(collectionLetters.previousLetter(claim)).contains(
                new CollectionLetters.PreviousLetter(LocalDate.parse("2025-12-10"), LocalDate.parse("2025-12-29")));
    }

    @Test
    void theSendDayIsTheFinnishCalendarDay() {
        Claim claim = claim(null);
        letter(LetterType.REMINDER, 0, Instant.parse("2025-12-10T22:30:00Z"), null);

        assertThat(collectionLetters.previousLetter(claim).orElseThrow().sentOn())
                .isEqualTo(LocalDate.parse("2025-12-11"));
        assertThat(collectionLetters.sentLetters(claim)).extracting(SentLetter::sentOn)
                .containsExactly(LocalDate.parse("2025-12-11"));
    }

    @Test
    void withoutALetterOfOursTheCreditorsReminderCountsWithNoKnownDeadline() {
        assertThat(collectionLetters.previousLetter(claim(LocalDate.parse("2025-11-25"))))
                .contains(new CollectionLetters.PreviousLetter(LocalDate.parse("2025-11-25"), null));
    }

    @Test
    void anUndispatchedLatestLetterIsAnErrorNotAGuess() {
        Claim claim = claim(LocalDate.parse("2025-11-25"));
        letter(LetterType.FIRST_DEMAND, 0, null, null);

        assertThatThrownBy(() -> collectionLetters.previousLetter(claim))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never reported dispatched");
        assertThatThrownBy(() -> collectionLetters.sentLetters(claim))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never reported dispatched");
    }

    @Test
    void beforeAnyLetterNothingCountsAsSent() {
        Claim claim = claim(null);

        assertThat(collectionLetters.previousLetter(claim)).isEmpty();
        assertThat(collectionLetters.sentLetters(claim)).isEmpty();
    }

    @Test
    void theLawsHistoryHasTheCreditorsReminderAndOurDispatchedCollectionLettersOnly() {
        Claim claim = claim(LocalDate.parse("2025-11-25"));
        letter(LetterType.FIRST_DEMAND, 0, MORNING, null);
        letter(LetterType.DISPUTE_ACKNOWLEDGEMENT, 5, MORNING.plusSeconds(86_400L * 5), null);
        letter(LetterType.SECOND_DEMAND, 20, null, MORNING.plusSeconds(86_400L * 21));
        letter(LetterType.INSTALMENT_REMINDER, 30, MORNING.plusSeconds(86_400L * 30), null);

        assertThat(collectionLetters.sentLetters(claim)).containsExactly(
                new SentLetter(fi.saatava.law.schedule.LetterType.REMINDER, LocalDate.parse("2025-11-25"), null),
                new SentLetter(fi.saatava.law.schedule.LetterType.FIRST_DEMAND, LocalDate.parse("2025-12-10"),
                        LocalDate.parse("2025-12-29")));
    }
}
