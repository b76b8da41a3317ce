package fi.saatava.gateway.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment as the admin API shows it; amounts are strings with two decimals.
 *
 * @param processMessage what the claim's process was told when the payment was allocated: PAYMENT_RECEIVED,
 *                       CLAIM_PAID_IN_FULL, or NOT_DELIVERED (the ledger has it; an operator looks at the claim)
 */
public record PaymentView(
        UUID id,
        String bankReference,
        UUID statementId,
        String amount,
        LocalDate bookingDate,
        LocalDate valueDate,
        String referenceGiven,
        String referenceNumber,
        String payerName,
        String payerIban,
        String message,
        Instant receivedAt,
        String state,
        UUID claimId,
        String reason,
        String resolvedBy,
        Instant resolvedAt,
        String processMessage) {

    public static PaymentView of(Payment payment) {
        return new PaymentView(payment.id(), payment.bankReference(), payment.statementId(),
                payment.amount().toString(), payment.bookingDate(), payment.valueDate(), payment.referenceGiven(),
                payment.referenceNumber(), payment.payerName(), payment.payerIban(), payment.message(),
                payment.receivedAt(), payment.state().name(), payment.claimId(), payment.reason(),
                payment.resolvedBy(), payment.resolvedAt(),
                payment.processMessage() == null ? null : payment.processMessage().name());
    }
}
