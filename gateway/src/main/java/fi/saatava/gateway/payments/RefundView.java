package fi.saatava.gateway.payments;

import java.time.Instant;
import java.util.UUID;

/** A refund as the admin API shows it. */
public record RefundView(UUID id, UUID paymentId, String amount, String reason, String payeeName, String payeeIban,
                         Instant createdAt, Instant cancelledAt, UUID transferId, Instant paidAt) {

    public static RefundView of(Refund refund) {
        return new RefundView(refund.id(), refund.paymentId(), refund.amount().toString(), refund.reason().name(),
                refund.payeeName(), refund.payeeIban(), refund.createdAt(), refund.cancelledAt(),
                refund.transferId(), refund.paidAt());
    }
}
