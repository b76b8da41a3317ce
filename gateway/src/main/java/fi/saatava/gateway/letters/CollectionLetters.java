package fi.saatava.gateway.letters;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.process.ProcessContract.CollectionSteps;
import org.springframework.stereotype.Service;

/**
 * What the claim's reminders and demands (voided ones left out) say about collection: where it stands and the day
 * the next letter's legal interval counts from. Only dispatched letters count as sent; nothing is guessed.
 */
@Service
public class CollectionLetters {

    private final LetterRepository letters;

    CollectionLetters(LetterRepository letters) {
        this.letters = letters;
    }

    /**
     * The next collection step not taken yet (docs/contracts.md, {@code findNextCollectionStep}): REMINDER until a
     * reminder (ours or the creditor's) was sent, then FIRST_DEMAND, SECOND_DEMAND and LEGAL_COLLECTION; straight to
     * LEGAL_COLLECTION once the debtor asked for it (PerintäL 4 c §).
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
        if (sent.contains(LetterType.FIRST_DEMAND)) {
            return CollectionSteps.SECOND_DEMAND;
        }
        if (sent.contains(LetterType.REMINDER) || claim.invoice().reminderSentByCreditor()) {
            return CollectionSteps.FIRST_DEMAND;
        }
        return CollectionSteps.REMINDER;
    }

    /**
     * The previous reminder or demand, which the next letter's earliest date counts from (spec §3.3): the latest of
     * ours, sent on the Finnish calendar day it was dispatched, with the payment deadline it printed; or, before any
     * of ours, the creditor's own reminder, whose deadline the gateway does not know.
     *
     * @throws IllegalStateException if our latest letter was never reported dispatched, or there is no letter at all
     */
    public PreviousLetter previousLetter(Claim claim) {
        Optional<LetterSummary> latest = collectionLetters(claim).stream()
                .max(Comparator.comparing(LetterSummary::createdAt));
        if (latest.isPresent()) {
            LetterSummary letter = latest.get();
            if (!letter.dispatched()) {
                throw new IllegalStateException("The " + letter.type() + " letter " + letter.id() + " of claim "
                        + claim.id() + " was never reported dispatched, so the next letter's earliest date is "
                        + "unknown. Find out whether it was sent; once the letters worker has reported it "
                        + "(POST /api/internal/letters/" + letter.id() + "/dispatch), retry this job.");
            }
            return new PreviousLetter(LocalDate.ofInstant(letter.dispatchedAt(), ClockConfiguration.FINLAND),
                    letter.dueDate());
        }
        if (!claim.invoice().reminderSentByCreditor()) {
            throw new IllegalStateException("Claim " + claim.id() + " has no reminder or demand sent, by us or by "
                    + "the creditor: there is no date the next letter could count from.");
        }
        return new PreviousLetter(claim.invoice().reminderSentOn(), null);
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
