package fi.saatava.gateway.payments;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.iso20022.BankTransaction;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.gateway.ledger.LedgerService;
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
    private final LedgerService ledger;
    private final ClaimRepository claims;
    private final EnforcementRemittances remittances;
    private final Clock clock;

    PaymentReversals(PaymentRepository payments, RefundRepository refunds, LedgerService ledger,
                     ClaimRepository claims, EnforcementRemittances remittances, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.ledger = ledger;
        this.claims = claims;
        this.remittances = remittances;
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
        original.ifPresentOrElse(payment -> takeBack(payment, reversal.bankReference()),
                () -> log.warn("Reversal {} of {} € matches no payment held; an operator must look into it",
                        reversal.bankReference(), reversal.amount()));
        return new Outcome(false, original.flatMap(payment -> payments.find(payment.id())));
    }

    /**
     * An allocated payment is cancelled in the claim's ledger by a correcting entry (never an update); if it was
     * settled to the creditor already, that entry is deducted in the creditor's next settlement. An overpayment refund
     * not paid yet is cancelled. The credit of an enforcement remittance leaves the remittance unconfirmed again (the
     * ledger keeps the authority's report); if it was settled already, an operator must recover the money.
     */
    private void takeBack(Payment payment, String reversalReference) {
        if (payment.state() == PaymentState.ALLOCATED) {
            LedgerEntry correction = ledger.reversePayment(payment.claimId(), payment.ledgerEntryId(),
                    "the bank took the payment back (reversal " + reversalReference + ")");
            payments.linkReversalEntry(reversalReference, correction.id());
            Claim claim = claims.require(payment.claimId());
            if (claim.closure() != null) {
                log.warn("Payment {} reversed on claim {}, which is closed ({}): the ledger shows the debt again; an "
                        + "operator decides whether collection resumes", payment.id(), claim.id(),
                        claim.closure().reason());
            }
        }
        if (payment.state() == PaymentState.ENFORCEMENT_REMITTANCE && remittances.withdrawConfirmation(payment.id())) {
            log.warn("Payment {} reversed after the enforcement remittance it confirmed was settled to the creditor: "
                    + "the client-funds account is short by {} €; an operator must recover it", payment.id(),
                    payment.amount());
        }
        if (!refunds.cancelIfDue(payment.id(), clock.instant()) && refunds.ofPayment(payment.id())
                .filter(refund -> refund.transferId() != null).isPresent()) {
            log.warn("Payment {} reversed after its refund was paid out: the client-funds account is short by the "
                    + "refund; an operator must recover it", payment.id());
        }
        payments.changeState(payment.id(), PaymentState.REVERSED);
        log.info("Payment {} of {} € reversed by the bank", payment.id(), payment.amount());
    }
}
