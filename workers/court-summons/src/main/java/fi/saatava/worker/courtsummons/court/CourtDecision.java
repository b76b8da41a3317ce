package fi.saatava.worker.courtsummons.court;

import java.time.LocalDate;

/**
 * A decision from the court's judgment register: {@code filingId} is the filer's Idempotency-Key, {@code filerReference}
 * the claim id, {@code sequence} its 1-based number among the filing's decisions.
 */
public record CourtDecision(String decisionId, String filingId, String filerReference, String court,
        String caseNumber, int sequence, String decision, LocalDate decisionDate) {
}
