package fi.saatava.gateway.payments;

import java.time.Clock;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.gateway.ledger.LedgerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a matched payment in its claim's ledger and tells the claim's process, in one transaction: the ledger
 * allocates it by law (PerintäL 11 a §, spec §5: a consumer's interest, then principal, then costs), what exceeds the
 * whole debt becomes a refund to the payer, and the process gets {@code saatava.paymentReceived} with the new balance,
 * or, when nothing is left, the claim is closed as paid and the process gets {@code saatava.claimPaidInFull}.
 *
 * <p>A payment whose allocation fails (e.g. the database is down) stays MATCHED and is retried; it is never lost. A
 * process without a subscription for the message does not undo the allocation: the payment records NOT_DELIVERED.
 */
@Service
public class PaymentAllocation {

    /** The ledger source of money received on the client-funds account (PerintäL 11 §). */
    public static final String LEDGER_SOURCE = "CLIENT_FUNDS";

    private static final Logger log = LoggerFactory.getLogger(PaymentAllocation.class);

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final ClaimRepository claims;
    private final LedgerService ledger;
    private final BalanceMessages balanceMessages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentAllocation(PaymentRepository payments, RefundRepository refunds, ClaimRepository claims,
                      LedgerService ledger, BalanceMessages balanceMessages, TransactionTemplate transactions,
                      Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.claims = claims;
        this.ledger = ledger;
        this.balanceMessages = balanceMessages;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Allocates the payment if it is MATCHED, in a transaction of its own; call it after the payment's receipt or
     * assignment has committed.
     *
     * @return the payment as it is now: ALLOCATED, or still MATCHED if the allocation failed (it is retried)
     */
    public Payment allocateIfMatched(Payment payment) {
        if (payment.state() != PaymentState.MATCHED) {
            return payment;
        }
        allocateOrLeaveMatched(payment.id());
        return payments.find(payment.id()).orElseThrow();
    }

    /** Retries every payment still waiting for its allocation. */
    void allocateMatched() {
        payments.matched().forEach(this::allocateOrLeaveMatched);
    }

    private void allocateOrLeaveMatched(UUID paymentId) {
        try {
            transactions.executeWithoutResult(status -> allocate(paymentId));
        } catch (RuntimeException e) {
            log.error("Payment {} could not be allocated now; it stays MATCHED and is retried", paymentId, e);
        }
    }

    private void allocate(UUID paymentId) {
        Payment payment = payments.lock(paymentId).orElseThrow(() -> new PaymentNotFoundException(paymentId));
        if (payment.state() != PaymentState.MATCHED) {
            return;
        }
        Claim claim = claims.require(payment.claimId());
        if (claim.closure() != null) {
            payments.requeue(paymentId, UnmatchedReason.CLAIM_CLOSED);
            log.info("Payment {}: claim {} closed before the payment was allocated; back in the unmatched queue",
                    paymentId, claim.id());
            return;
        }
        LedgerEntry entry = ledger.recordPayment(claim.id(), new LedgerService.Payment(payment.amount(),
                payment.valueDate(), LEDGER_SOURCE, "Payment to the client-funds account, bank reference "
                        + payment.bankReference(), "payment:" + paymentId)).entry();
        if (entry.overpayment().isPositive()) {
            refunds.insert(new Refund(UUID.randomUUID(), paymentId, entry.overpayment(), RefundReason.OVERPAYMENT,
                    payeeName(payment), payment.payerIban(), clock.instant(), null, null, null));
        }
        payments.markAllocated(paymentId, entry.id(), balanceMessages.afterReduction(claim, payment.valueDate()));
    }

    /** The bank names the payer in nearly every reference payment; a refund needs a name all the same. */
    private static String payeeName(Payment payment) {
        return payment.payerName() == null || payment.payerName().isBlank()
                ? "Payer of " + payment.bankReference() : payment.payerName();
    }
}
