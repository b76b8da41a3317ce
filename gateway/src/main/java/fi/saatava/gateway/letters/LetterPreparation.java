package fi.saatava.gateway.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.claims.DebtorType;
import fi.saatava.gateway.ledger.FeeCharging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Snapshots a claim's letter of a given type, once: runs inside the engine transaction that starts the letter task,
 * so the snapshot commits together with the task the letters worker picks up.
 */
@Service
public class LetterPreparation {

    private static final Logger log = LoggerFactory.getLogger(LetterPreparation.class);

    private final ClaimRepository claims;
    private final LetterRepository letters;
    private final LetterComposer composer;
    private final ObjectMapper json;
    private final FeeCharging feeCharging;
    private final Clock clock;

    LetterPreparation(ClaimRepository claims, LetterRepository letters, LetterComposer composer, ObjectMapper json,
                      FeeCharging feeCharging, Clock clock) {
        this.feeCharging = feeCharging;
        this.claims = claims;
        this.letters = letters;
        this.composer = composer;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The letter for a letter task: created now, or the one an earlier run created. A reminder or demand is the
     * claim's one letter of its type (unless voided), so a task re-run by an operator never sends the debtor a
     * second one; other letters are one per task run.
     *
     * @param activityInstanceId the letter task's activity instance
     * @param plan               the payment plan a plan letter is about, else {@code null}
     * @return the letter's id
     */
    public UUID prepare(UUID claimId, LetterType type, String activityInstanceId, PlanTerms plan) {
        String idempotencyKey = type.collectionLetter()
                ? claimId + ":" + type
                : claimId + ":" + type + ":" + activityInstanceId;
        Optional<UUID> existing = letters.findByIdempotencyKey(idempotencyKey);
        if (existing.isPresent()) {
            log.info("Claim {} already has the {} letter {}; reusing it", claimId, type, existing.get());
            return existing.get();
        }
        Claim claim = claims.require(claimId);
        if (type == LetterType.DRAFT
                && (claim.terms().consumerClaim() || claim.debtor().type() == DebtorType.CONSUMER)) {
            throw new IllegalStateException("Claim " + claimId + " is a consumer's: a tratta is never used for it "
                    + "(PerintäL 7 § 2 mom, spec §2.7). Correct the model or the claim's terms, then retry this job.");
        }
        LocalDate today = LocalDate.now(clock);
        UUID letterId = UUID.randomUUID();
        // The fee first, in this transaction, so the snapshot itemises it (spec §3.6); voiding reverses it.
        if (type == LetterType.PAYMENT_PLAN_CONFIRMATION) {
            feeCharging.chargePlanFee(claim, today, requirePlan(plan, type).instalments().size(), letterId);
        } else {
            feeCharging.chargeLetterFee(claim, type, today, letterId);
        }
        LetterContent content = composer.compose(claim, type, today,
                type.aboutAPaymentPlan() ? requirePlan(plan, type) : null);
        UUID id = letters.insertIfAbsent(letterId, claimId, type, idempotencyKey, clock.instant(),
                content.dueDate(), toJson(content));
        if (!id.equals(letterId)) {
            throw new IllegalStateException("A concurrent run prepared the " + type + " letter of claim " + claimId
                    + " first; this run is rolled back with the fee it charged");
        }
        log.info("Prepared {} letter {} for claim {}, due {}", type, id, claimId, content.dueDate());
        return id;
    }

    private static PlanTerms requirePlan(PlanTerms plan, LetterType type) {
        if (plan == null) {
            throw new IllegalStateException("A " + type + " letter needs its payment plan (variable paymentPlanId)");
        }
        return plan;
    }

    private String toJson(LetterContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a letter snapshot", e);
        }
    }
}
