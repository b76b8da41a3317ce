package fi.saatava.gateway.payments;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.iso20022.BankTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank took a payment back (camt.054 RvslInd): the payment's money is gone, so it is neither allocated, queued nor
 * refunded any more. A reversal is recorded once by its own archive reference.
 */
@Service
public class PaymentReversals {

    private static final Logger log = LoggerFactory.getLogger(PaymentReversals.class);

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final Clock clock;

    PaymentReversals(PaymentRepository payments, RefundRepository refunds, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.clock = clock;
    }

    /**
     * @param reversed the payment taken back, empty when the bank's reversal matches no payment we hold (an operator
     *                 must look into it: it is listed with the statement)
     */
    public record Outcome(boolean duplicate, Optional<Payment> reversed) {
    }

    @Transactional
    public Outcome reverse(BankTransaction reversal, UUID statementId) {
        if (payments.reversalExists(reversal.bankReference())) {
            return new Outcome(true, Optional.empty());
        }
        Optional<Payment> original = payments.reversible(reversal.creditorReference(), reversal.amount(),
                reversal.bookingDate());
        if (!payments.insertReversal(UUID.randomUUID(), reversal.bankReference(), statementId,
                original.map(Payment::id).orElse(null), reversal.amount(), reversal.bookingDate(),
                reversal.creditorReference(), clock.instant())) {
            return new Outcome(true, Optional.empty());
        }
        original.ifPresentOrElse(this::takeBack, () -> log.warn("Reversal {} of {} € matches no payment held; an "
                + "operator must look into it", reversal.bankReference(), reversal.amount()));
        return new Outcome(false, original);
    }

    private void takeBack(Payment payment) {
        if (payment.state() == PaymentState.ALLOCATED) {
            throw new IllegalStateException("Payment " + payment.id() + " is already allocated to claim "
                    + payment.claimId() + "; reversing an allocation needs the claim's ledger");
        }
        refunds.cancelIfDue(payment.id(), clock.instant());
        payments.changeState(payment.id(), PaymentState.REVERSED);
        log.info("Payment {} of {} € reversed by the bank", payment.id(), payment.amount());
    }
}
