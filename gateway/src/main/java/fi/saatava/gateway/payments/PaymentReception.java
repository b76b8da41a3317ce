package fi.saatava.gateway.payments;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.law.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives one payment: stores it once (by the bank's reference) and matches it by its creditor reference to an open
 * claim. A payment that matches nothing, or a closed claim, waits in the unmatched queue for an operator; money is
 * never dropped. A credit of a claim's reference for exactly what the enforcement authority transfers for a
 * remittance booked from its report and not yet confirmed (the amount collected less the remittance fee it withheld,
 * spec §9) is that remittance's cash: it confirms the remittance and is not allocated again, even on a claim the
 * remittance closed.
 */
@Service
public class PaymentReception {

    private static final Logger log = LoggerFactory.getLogger(PaymentReception.class);

    private final PaymentRepository payments;
    private final EnforcementRemittances remittances;
    private final Clock clock;

    PaymentReception(PaymentRepository payments, EnforcementRemittances remittances, Clock clock) {
        this.payments = payments;
        this.remittances = remittances;
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
        Match match = match(reference, incoming.amount());
        Payment payment = new Payment(UUID.randomUUID(), incoming.bankReference(), incoming.statementId(),
                incoming.amount(), incoming.bookingDate(), incoming.valueDate(), incoming.referenceGiven(),
                reference.nationalReference(), incoming.payerName(), incoming.payerIban(), incoming.message(),
                clock.instant(), match.state(), match.claimId(),
                match.problem() == null ? null : match.problem().name(), null, null, null, null);
        if (!payments.insert(payment)) {
            // Received concurrently by another import of the same file: that one stored it.
            return new Receipt(payments.findByBankReference(incoming.bankReference()).orElseThrow(), true);
        }
        if (match.remittance() != null) {
            remittances.confirm(match.remittance(), payment.id());
        }
        log.info("Payment {} of {} € ({}): {}", payment.id(), payment.amount(), payment.bankReference(),
                switch (payment.state()) {
                    case UNMATCHED -> "unmatched, " + match.problem();
                    case ENFORCEMENT_REMITTANCE -> "confirms enforcement remittance " + match.remittance()
                            + " of claim " + payment.claimId();
                    default -> "claim " + payment.claimId();
                });
        return new Receipt(payment, false);
    }

    /** @param remittance the enforcement outcome the payment confirms, for ENFORCEMENT_REMITTANCE */
    private record Match(PaymentState state, UUID claimId, UnmatchedReason problem, UUID remittance) {

        static Match unmatched(UnmatchedReason problem) {
            return new Match(PaymentState.UNMATCHED, null, problem, null);
        }
    }

    private Match match(PaymentReference reference, Money amount) {
        if (!reference.valid()) {
            return Match.unmatched(reference.problem());
        }
        Optional<PaymentRepository.ClaimForPayment> claim = payments.claimByReference(reference.nationalReference());
        if (claim.isEmpty()) {
            return Match.unmatched(UnmatchedReason.UNKNOWN_REFERENCE);
        }
        UUID claimId = claim.get().id();
        Optional<UUID> remittance = remittances.lockAwaitingCash(claimId, amount);
        if (remittance.isPresent()) {
            return new Match(PaymentState.ENFORCEMENT_REMITTANCE, claimId, null, remittance.get());
        }
        return claim.get().closed() ? Match.unmatched(UnmatchedReason.CLAIM_CLOSED)
                : new Match(PaymentState.MATCHED, claimId, null, null);
    }
}
