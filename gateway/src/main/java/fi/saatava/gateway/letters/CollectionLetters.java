package fi.saatava.gateway.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.law.schedule.SentLetter;
import fi.saatava.process.ProcessContract.CollectionSteps;
import org.springframework.stereotype.Service;

/**
 * What the claim's reminders and demands (voided ones left out) say about collection: where it stands and the day
 * the next letter's legal interval counts from. Only dispatched letters count as sent; nothing is guessed.
 */
@Service
public class CollectionLetters {

    private static final Set<LetterType> DEMANDS =
            EnumSet.of(LetterType.FIRST_DEMAND, LetterType.SECOND_DEMAND, LetterType.DRAFT);

    private final LetterRepository letters;
    private final DraftDecision drafts;

    CollectionLetters(LetterRepository letters, DraftDecision drafts) {
        this.letters = letters;
        this.drafts = drafts;
    }

    /**
     * The next collection step not taken yet (docs/contracts.md, {@code findNextCollectionStep}): REMINDER until a
     * reminder (ours or the creditor's) was sent, then FIRST_DEMAND, then SECOND_DEMAND or, for a business claim, the
     * TRATTA if wanted and lawful ({@link DraftDecision}), DRAFT_PUBLICATION while a sent tratta's window is open, and
     * LEGAL_COLLECTION; straight to LEGAL_COLLECTION once the debtor asked for it (PerintäL 4 c §).
     */
    public String nextStep(Claim claim) {
        if (claim.legalCollectionRequestedAt() != null) {
            return CollectionSteps.LEGAL_COLLECTION;
        }
        Set<LetterType> sent = collectionLetters(claim).stream()
                .filter(LetterSummary::dispatched)
                .map(LetterSummary::type)
                .collect(Collectors.toSet());
        if (sent.contains(LetterType.SECOND_DEMAND)) {
            return CollectionSteps.LEGAL_COLLECTION;
        }
        if (sent.contains(LetterType.DRAFT)) {
            return drafts.afterDraft(claim);
        }
        if (sent.contains(LetterType.FIRST_DEMAND)) {
            return drafts.afterFirstDemand(claim);
        }
        if (sent.contains(LetterType.REMINDER) || claim.invoice().reminderSentByCreditor()) {
            return CollectionSteps.FIRST_DEMAND;
        }
        return CollectionSteps.REMINDER;
    }

    /**
     * The previous reminder or demand (or instalment reminder), which the next letter's earliest date counts from
     * (spec §3.3): the latest of ours, sent on the Finnish calendar day it was dispatched, with the payment deadline
     * it printed; or, before any of ours, the creditor's own reminder, whose deadline the gateway does not know; empty
     * before any letter at all.
     *
     * @throws IllegalStateException if our latest letter was never reported dispatched
     */
    public Optional<PreviousLetter> previousLetter(Claim claim) {
        Optional<LetterSummary> latest = latestDispatched(claim);
        if (latest.isPresent()) {
            return Optional.of(new PreviousLetter(DraftDecision.sentOn(latest.get()), latest.get().dueDate()));
        }
        return Optional.ofNullable(claim.invoice().reminderSentOn()).map(sentOn -> new PreviousLetter(sentOn, null));
    }

    /**
     * The reminders, demands and tratta already sent, as collection-law's {@link fi.saatava.law.schedule.LetterSchedule}
     * counts them: the creditor's own reminder (no known deadline) and each of ours that was dispatched and not voided,
     * sent on the Finnish calendar day of its dispatch with the payment deadline it printed.
     *
     * @throws IllegalStateException if our latest letter was never reported dispatched: its send date is unknown
     */
    public List<SentLetter> sentLetters(Claim claim) {
        latestDispatched(claim);
        return sentLetters(claim, letters.summaries(claim.id()));
    }

    /** As {@link #sentLetters(Claim)}, from the claim's letters already read. */
    static List<SentLetter> sentLetters(Claim claim, List<LetterSummary> all) {
        List<SentLetter> history = new ArrayList<>();
        if (claim.invoice().reminderSentByCreditor()) {
            history.add(new SentLetter(fi.saatava.law.schedule.LetterType.REMINDER, claim.invoice().reminderSentOn(),
                    null));
        }
        all.stream()
                .filter(letter -> letter.type().collectionLetter() && letter.dispatched() && !letter.voided())
                .forEach(letter -> history.add(new SentLetter(letter.type().scheduleType(),
                        DraftDecision.sentOn(letter), letter.dueDate())));
        return history;
    }

    /**
     * The payment and objection deadline printed in the latest demand we sent (a first or second demand, or a tratta),
     * which a consumer claim must let expire before court (PerintäL 6 § 1 mom, spec §3.3); empty if none was sent.
     *
     * @throws IllegalStateException if our latest reminder or demand was never reported dispatched
     */
    public Optional<LocalDate> lastDemandDeadline(Claim claim) {
        latestDispatched(claim);
        return collectionLetters(claim).stream()
                .filter(letter -> letter.dispatched() && DEMANDS.contains(letter.type()))
                .max(Comparator.comparing(LetterSummary::createdAt))
                .map(LetterSummary::dueDate);
    }

    /** Whether the debtor disputed the claim: a dispute was acknowledged (PerintäL 4 b §, 6 § 2 mom). */
    public boolean disputed(Claim claim) {
        return LetterSummary.disputeAcknowledged(letters.summaries(claim.id()));
    }

    /**
     * The latest of our reminders and demands, which must have been reported dispatched.
     *
     * @throws IllegalStateException if it was never reported dispatched: its send date, which the law counts from, is
     *                               unknown
     */
    private Optional<LetterSummary> latestDispatched(Claim claim) {
        Optional<LetterSummary> latest = letters.summaries(claim.id()).stream()
                .filter(letter -> letter.type().countsForTheNextLetterDate() && !letter.voided())
                .max(Comparator.comparing(LetterSummary::createdAt));
        if (latest.isPresent() && !latest.get().dispatched()) {
            LetterSummary letter = latest.get();
            throw new IllegalStateException("The " + letter.type() + " letter " + letter.id() + " of claim "
                    + claim.id() + " was never reported dispatched, so the dates the law counts from its sending are "
                    + "unknown. Find out whether it was sent; once the letters worker has reported it "
                    + "(POST /api/internal/letters/" + letter.id() + "/dispatch), retry this job.");
        }
        return latest;
    }

    /**
     * @param sentOn          the day it was sent
     * @param paymentDeadline the payment deadline it printed; {@code null} for the creditor's reminder
     */
    public record PreviousLetter(LocalDate sentOn, LocalDate paymentDeadline) {
    }

    private List<LetterSummary> collectionLetters(Claim claim) {
        return letters.summaries(claim.id()).stream()
                .filter(letter -> letter.type().collectionLetter() && !letter.voided())
                .toList();
    }
}
