package fi.saatava.gateway.claims;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored claim.
 *
 * @param referenceNumber   the Finnish reference number (digits, check digit included) for letters and payments
 * @param processInstanceId the collection process, {@code null} only inside the intake transaction
 */
public record Claim(
        UUID id,
        String creditorReference,
        String referenceNumber,
        Instant receivedAt,
        Debtor debtor,
        Invoice invoice,
        String processInstanceId) {
}
