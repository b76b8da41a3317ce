package fi.saatava.gateway.payments;

import java.time.Instant;
import java.util.UUID;

import fi.saatava.law.money.Money;

/**
 * Money owed back to a payer.
 *
 * @param payeeIban   null when the bank did not say where the payment came from: an operator must give it
 * @param transferId  the credit transfer file that paid it, or null while it is due
 * @param cancelledAt set when the bank took the payment back before the refund was paid
 */
public record Refund(UUID id, UUID paymentId, Money amount, RefundReason reason, String payeeName, String payeeIban,
                     Instant createdAt, Instant cancelledAt, UUID transferId, Instant paidAt) {

    public boolean due() {
        return transferId == null && cancelledAt == null;
    }
}
