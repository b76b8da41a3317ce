package fi.saatava.gateway.claimstatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A claim as {@code GET /api/v1/claims} lists it. */
record ClaimSummary(
        UUID id,
        String creditorReference,
        String referenceNumber,
        Instant receivedAt,
        ClaimStatus status,
        ClaimStage stage,
        String debtorType,
        String debtorName,
        String principal,
        LocalDate dueDate) {
}
