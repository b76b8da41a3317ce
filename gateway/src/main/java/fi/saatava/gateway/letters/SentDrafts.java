package fi.saatava.gateway.letters;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

/**
 * A claim's tratta as it was sent, from its letter snapshot, so it never changes (spec §2.7): what the credit bureau
 * registers and may publish.
 */
@Service
public class SentDrafts {

    private final LetterRepository letters;
    private final ObjectMapper json;

    SentDrafts(LetterRepository letters, ObjectMapper json) {
        this.letters = letters;
        this.json = json;
    }

    /**
     * @param amount           the total the tratta asked for (string, two decimals)
     * @param reminderSentOn   the earlier reminder or demand with a deadline of at least 10 days (7 § 3 mom)
     * @param reminderDeadline that letter's payment and objection deadline
     */
    public record SentDraft(UUID letterId, String amount, LocalDate sentOn, LocalDate dueDate,
                            LocalDate reminderSentOn, LocalDate reminderDeadline) {
    }

    /** The claim's dispatched tratta; empty if none was sent. */
    public Optional<SentDraft> of(UUID claimId) {
        List<LetterSummary> all = letters.summaries(claimId);
        return DraftDecision.sentDraft(all).map(draft -> {
            LocalDate sentOn = DraftDecision.sentOn(draft);
            LetterSummary reminder = all.stream()
                    .filter(letter -> letter.type().collectionLetter() && letter.type() != LetterType.DRAFT
                            && letter.dispatched() && !letter.voided()
                            && !letter.dueDate().isBefore(DraftDecision.sentOn(letter).plusDays(10))
                            && letter.dueDate().isBefore(sentOn))
                    .max(Comparator.comparing(LetterSummary::createdAt))
                    .orElseThrow(() -> new IllegalStateException("The tratta " + draft.id() + " of claim " + claimId
                            + " has no earlier reminder with a deadline of at least 10 days (PerintäL 7 § 3 mom)"));
            return new SentDraft(draft.id(), total(draft.id()), sentOn, draft.dueDate(),
                    DraftDecision.sentOn(reminder), reminder.dueDate());
        });
    }

    private String total(UUID letterId) {
        LetterRepository.StoredLetter letter = letters.find(letterId).orElseThrow();
        try {
            return json.readTree(letter.contentJson()).path("total").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Letter " + letterId + " has an unreadable snapshot", e);
        }
    }
}
