package fi.saatava.gateway.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A letter of a claim as the claim API lists it.
 *
 * @param dispatchedAt {@code null} until the letters worker reports the letter sent
 * @param channel      PRINT, EMAIL or OUTBOX; {@code null} until dispatched
 * @param voidedAt     set when the letter task was cancelled before dispatch; a voided letter is never sent
 */
public record LetterSummary(
        UUID id,
        LetterType type,
        Instant createdAt,
        LocalDate dueDate,
        boolean documentStored,
        Instant dispatchedAt,
        String channel,
        Instant voidedAt) {

    boolean dispatched() {
        return dispatchedAt != null;
    }

    boolean voided() {
        return voidedAt != null;
    }

    /** Whether the debtor disputed the claim: one of the letters acknowledged a dispute (PerintäL 4 b §). */
    static boolean disputeAcknowledged(java.util.List<LetterSummary> letters) {
        return letters.stream().anyMatch(letter -> letter.type() == LetterType.DISPUTE_ACKNOWLEDGEMENT
                && !letter.voided());
    }
}
