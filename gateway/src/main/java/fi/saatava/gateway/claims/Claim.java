package fi.saatava.gateway.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored claim.
 *
 * @param creditorId        the creditor whose API key submitted the claim
 * @param creditorReference the creditor's own id for the claim, unique per creditor
 * @param terms             how collection law classifies the claim
 * @param originalCreditorName the creditor's name in the contract or the original creditor of a transferred claim,
 *                          {@code null} if the creditor gave none (PerintäL 5 a § 3 mom)
 * @param referenceNumber   the Finnish reference number (digits, check digit included) for letters and payments
 * @param processInstanceId           the collection process, {@code null} only inside the intake transaction
 * @param legalCollectionRequestedAt when the debtor asked for legal collection (PerintäL 4 c §), else {@code null}
 * @param closure                    how and when the claim was closed, {@code null} while it is open
 */
public record Claim(
        UUID id,
        UUID creditorId,
        String creditorReference,
        String referenceNumber,
        Instant receivedAt,
        Debtor debtor,
        Invoice invoice,
        ClaimTerms terms,
        String originalCreditorName,
        String processInstanceId,
        Instant legalCollectionRequestedAt,
        Closure closure) {

    /** @param paidOn the day the payment that paid the claim in full was made, for reason PAID; else {@code null} */
    public record Closure(String reason, Instant closedAt, LocalDate paidOn) {
    }
}
