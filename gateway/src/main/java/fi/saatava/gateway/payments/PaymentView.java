package fi.saatava.gateway.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment as the admin API shows it; amounts are strings with two decimals. */
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
        Instant resolvedAt) {

    public static PaymentView of(Payment payment) {
        return new PaymentView(payment.id(), payment.bankReference(), payment.statementId(),
                payment.amount().toString(), payment.bookingDate(), payment.valueDate(), payment.referenceGiven(),
                payment.referenceNumber(), payment.payerName(), payment.payerIban(), payment.message(),
                payment.receivedAt(), payment.state().name(), payment.claimId(), payment.reason(),
                payment.resolvedBy(), payment.resolvedAt());
    }
}
