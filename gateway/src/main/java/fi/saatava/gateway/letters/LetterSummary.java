package fi.saatava.gateway.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A letter of a claim as the claim API lists it.
 *
 * @param dispatchedAt {@code null} until the letters worker reports the letter sent
 * @param channel      PRINT, EMAIL or OUTBOX; {@code null} until dispatched
 */
public record LetterSummary(
        UUID id,
        String type,
        Instant createdAt,
        LocalDate dueDate,
        boolean documentStored,
        Instant dispatchedAt,
        String channel) {
}
