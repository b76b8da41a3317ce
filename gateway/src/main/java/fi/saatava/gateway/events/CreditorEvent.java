package fi.saatava.gateway.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A creditor event as stored.
 *
 * @param body          the event as submitted (JSON)
 * @param ledgerEntryId the entry it booked, {@code null} for events without money
 * @param messageName   the BPMN message the claim's process took, {@code null} if none
 * @param recordedBy    the creditor, or an operator who recorded what the debtor told the agency
 */
public record CreditorEvent(UUID id, UUID claimId, CreditorEventType type, String eventReference, String requestSha256,
                     String body, Instant receivedAt, UUID ledgerEntryId, String messageName,
                     RecordedBy recordedBy) {
}
