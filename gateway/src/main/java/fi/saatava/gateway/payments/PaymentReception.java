package fi.saatava.gateway.payments;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives one payment: stores it once (by the bank's reference) and matches it by its creditor reference to an open
 * claim. A payment that matches nothing, or a closed claim, waits in the unmatched queue for an operator; money is
 * never dropped.
 */
@Service
public class PaymentReception {

    private static final Logger log = LoggerFactory.getLogger(PaymentReception.class);

    private final PaymentRepository payments;
    private final Clock clock;

    PaymentReception(PaymentRepository payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * @param payment the payment
     * @param duplicate true if the bank reference was received before: the stored payment is returned unchanged
     */
    public record Receipt(Payment payment, boolean duplicate) {
    }

    @Transactional
    public Receipt receive(IncomingPayment incoming) {
        Optional<Payment> earlier = payments.findByBankReference(incoming.bankReference());
        if (earlier.isPresent()) {
            return new Receipt(earlier.get(), true);
        }
        PaymentReference reference = PaymentReference.of(incoming.referenceGiven());
        Match match = match(reference);
        Payment payment = new Payment(UUID.randomUUID(), incoming.bankReference(), incoming.statementId(),
                incoming.amount(), incoming.bookingDate(), incoming.valueDate(), incoming.referenceGiven(),
                reference.nationalReference(), incoming.payerName(), incoming.payerIban(), incoming.message(),
                clock.instant(), match.claimId() == null ? PaymentState.UNMATCHED : PaymentState.MATCHED,
                match.claimId(), match.problem() == null ? null : match.problem().name(), null, null, null, null);
        if (!payments.insert(payment)) {
            // Received concurrently by another import of the same file: that one stored it.
            return new Receipt(payments.findByBankReference(incoming.bankReference()).orElseThrow(), true);
        }
        log.info("Payment {} of {} € ({}): {}", payment.id(), payment.amount(), payment.bankReference(),
                payment.claimId() == null ? "unmatched, " + match.problem() : "claim " + payment.claimId());
        return new Receipt(payment, false);
    }

    private record Match(UUID claimId, UnmatchedReason problem) {
    }

    private Match match(PaymentReference reference) {
        if (!reference.valid()) {
            return new Match(null, reference.problem());
        }
        return payments.claimByReference(reference.nationalReference())
                .map(claim -> claim.closed() ? new Match(null, UnmatchedReason.CLAIM_CLOSED)
                        : new Match(claim.id(), null))
                .orElse(new Match(null, UnmatchedReason.UNKNOWN_REFERENCE));
    }
}
