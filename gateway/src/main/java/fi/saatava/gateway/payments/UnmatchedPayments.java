package fi.saatava.gateway.payments;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.problem.ConflictException;
import fi.saatava.law.identifiers.Iban;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operators' queue of payments that found no open claim: each is assigned to the claim it was meant for, or
 * refunded to the payer. Every decision records the operator and the time; a decided payment leaves the queue.
 */
@Service
public class UnmatchedPayments {

    private static final Logger log = LoggerFactory.getLogger(UnmatchedPayments.class);

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final Clock clock;

    UnmatchedPayments(PaymentRepository payments, RefundRepository refunds, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.clock = clock;
    }

    public List<Payment> queue() {
        return payments.unmatched();
    }

    /**
     * @throws PaymentNotFoundException if there is no such payment
     * @throws ConflictException        if the payment is not in the queue, or the claim is unknown or closed
     */
    @Transactional
    public Payment assign(UUID paymentId, UUID claimId, String operator) {
        Payment payment = queued(paymentId);
        PaymentRepository.ClaimForPayment claim = payments.claim(claimId)
                .orElseThrow(() -> new ConflictException("There is no claim " + claimId));
        if (claim.closed()) {
            throw new ConflictException("Claim " + claimId + " is closed and takes no more money; refund the payment "
                    + "instead");
        }
        payments.resolve(paymentId, PaymentState.MATCHED, claimId, null, operator, clock.instant());
        log.info("Payment {} assigned to claim {} by {}", paymentId, claimId, operator);
        return payments.find(paymentId).orElseThrow();
    }

    /**
     * @param payeeIban where the money goes; null to use the account the payment came from
     * @throws ConflictException if the payment is not in the queue, or no valid account to refund to is known
     */
    @Transactional
    public Refund refund(UUID paymentId, String payeeName, String payeeIban, String operator) {
        Payment payment = queued(paymentId);
        String iban = payeeIban != null ? Iban.compact(payeeIban) : payment.payerIban();
        if (iban == null || !Iban.validate(iban).valid()) {
            throw new ConflictException("The bank did not say which account payment " + paymentId + " came from; "
                    + "give the payee's IBAN");
        }
        String name = payeeName != null ? payeeName : payment.payerName();
        if (name == null || name.isBlank()) {
            throw new ConflictException("The bank did not name the payer of payment " + paymentId
                    + "; give the payee's name");
        }
        Refund refund = new Refund(UUID.randomUUID(), paymentId, payment.amount(), RefundReason.OPERATOR_REFUND, name,
                iban, clock.instant(), null, null, null);
        refunds.insert(refund);
        payments.resolve(paymentId, PaymentState.REFUNDED, null, RefundReason.OPERATOR_REFUND.name(), operator,
                clock.instant());
        log.info("Payment {} of {} € to be refunded, decided by {}", paymentId, payment.amount(), operator);
        return refund;
    }

    private Payment queued(UUID paymentId) {
        Payment payment = payments.lock(paymentId).orElseThrow(() -> new PaymentNotFoundException(paymentId));
        if (payment.state() != PaymentState.UNMATCHED) {
            throw new ConflictException("Payment " + paymentId + " is " + payment.state()
                    + ", not waiting in the unmatched queue");
        }
        return payment;
    }
}
