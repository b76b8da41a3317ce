package fi.saatava.simulators.court;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A decision in the court's judgment register, as {@code GET /court/v1/decisions} lists it.
 *
 * @param filingId        the filer's Idempotency-Key of the application
 * @param filerReference  the filer's own reference (Saatava's claim id)
 * @param sequence        1-based number of this decision among the filing's decisions
 * @param decision        {@code DEFAULT_JUDGMENT}, {@code DISPUTED} or {@code DISMISSED}
 * @param awarded         for a default judgment, the claims and legal costs as applied for; otherwise null
 * @param reason          for a dismissal, why; otherwise null
 */
public record CourtDecision(
        String decisionId,
        String filingId,
        String filerReference,
        String court,
        String caseNumber,
        int sequence,
        String decision,
        LocalDate decisionDate,
        JsonNode awarded,
        String reason) {
}
