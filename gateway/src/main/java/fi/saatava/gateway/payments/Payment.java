package fi.saatava.gateway.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.law.money.Money;

/**
 * A stored payment: the bank's facts and where its money went.
 *
 * @param referenceNumber the national reference the given one stands for, or null
 * @param claimId         the claim it belongs to (MATCHED, ALLOCATED), else null
 * @param reason          why it is UNMATCHED or REFUNDED, else null
 * @param ledgerEntryId   the PAYMENT entry that applied it in the claim's ledger, once allocated
 * @param processMessage  what the claim's process was told when it was allocated (see {@link ProcessMessage})
 */
public record Payment(
        UUID id,
        String bankReference,
        UUID statementId,
        Money amount,
        LocalDate bookingDate,
        LocalDate valueDate,
        String referenceGiven,
        String referenceNumber,
        String payerName,
        String payerIban,
        String message,
        Instant receivedAt,
        PaymentState state,
        UUID claimId,
        String reason,
        String resolvedBy,
        Instant resolvedAt,
        UUID ledgerEntryId,
        ProcessMessage processMessage) {
}
