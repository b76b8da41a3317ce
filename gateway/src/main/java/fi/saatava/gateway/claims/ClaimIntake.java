package fi.saatava.gateway.claims;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.creditors.CreditorRepository;
import fi.saatava.gateway.ledger.FeeCharging;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.problem.ConflictException;

import fi.saatava.law.identifiers.ReferenceNumber;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a validated claim and starts its collection process in one transaction: the engine shares the Spring
 * transaction manager, so either the claim and its process both exist or neither does. The creditor's reference is
 * the idempotency key: a replay of the same submission returns the claim stored first, a different submission under
 * the same reference is a conflict.
 */
@Service
public class ClaimIntake {

    private static final Logger log = LoggerFactory.getLogger(ClaimIntake.class);

    private final ClaimRepository claims;
    private final RuntimeService runtimeService;
    private final CreditorRepository creditors;
    private final LedgerService ledger;
    private final FeeCharging feeCharging;
    private final RequestFingerprint fingerprint;
    private final Clock clock;

    ClaimIntake(ClaimRepository claims, RuntimeService runtimeService, CreditorRepository creditors,
                LedgerService ledger, FeeCharging feeCharging, RequestFingerprint fingerprint, Clock clock) {
        this.claims = claims;
        this.ledger = ledger;
        this.feeCharging = feeCharging;
        this.creditors = creditors;
        this.runtimeService = runtimeService;
        this.fingerprint = fingerprint;
        this.clock = clock;
    }

    /**
     * @param claim   the stored claim; its id is also the business key of its process instance
     * @param created false for a replay of a submission stored earlier
     */
    public record Submission(Claim claim, boolean created) {
    }

    /**
     * What became of a submission: stored now, a replay of one stored earlier, or a conflict with one stored earlier.
     *
     * @param submission the claim, {@code null} for a conflict
     * @param conflict   why the submission conflicts, {@code null} otherwise
     */
    public record Attempt(Submission submission, String conflict) {
    }

    /**
     * Stores the claim and starts its process, or answers a replay with the claim stored first.
     *
     * @throws ConflictException if the creditor already submitted a different claim under the same reference
     * @throws org.springframework.dao.DuplicateKeyException if a concurrent submission of the same reference won:
     *                                                       call {@link #replay} in a new transaction
     */
    @Transactional
    public Submission submit(UUID creditorId, ClaimRequest request) {
        return successful(attempt(creditorId, request));
    }

    /**
     * As {@link #submit}, but a conflict is an answer, not an exception, so a caller's transaction holding other
     * submissions (a batch) stays good.
     *
     * @throws org.springframework.dao.DuplicateKeyException if a concurrent submission of the same reference won
     */
    @Transactional
    public Attempt attempt(UUID creditorId, ClaimRequest request) {
        String requestSha256 = fingerprint.of(request);
        Optional<Attempt> earlier = earlierAttempt(creditorId, request.creditorReference(), requestSha256);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Claim claim = newClaim(creditorId, request);
        claims.insert(claim, requestSha256);
        ledger.openClaim(claim);
        // A late commercial payment earns the 40 € standard compensation without any collection action (PerintäL
        // 10 i §, spec §2.5); business-collection's chargeStandardCompensation finds it charged and adds nothing.
        feeCharging.chargeStandardCompensation(claim);
        ProcessInstance process = runtimeService.startProcessInstanceByKey(processOf(claim), claim.id().toString(),
                startVariables(claim));
        claims.recordProcessInstance(claim.id(), process.getId());
        log.debug("Claim {} received for creditor {} ({} debtor), process instance {}", claim.id(), creditorId,
                claim.debtor().type(), process.getId());
        return new Attempt(new Submission(claim, true), null);
    }

    /** Consumer claims go through consumer collection, every other claim through business collection (spec §1). */
    private static String processOf(Claim claim) {
        return claim.terms().consumerClaim() ? ProcessContract.Processes.CONSUMER_COLLECTION
                : ProcessContract.Processes.BUSINESS_COLLECTION;
    }

    private static Map<String, Object> startVariables(Claim claim) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessContract.Variables.CLAIM_ID, claim.id().toString());
        variables.put(ProcessContract.Variables.REMINDER_SENT_BY_CREDITOR, claim.invoice().reminderSentByCreditor());
        if (!claim.terms().consumerClaim()) {
            variables.put(ProcessContract.Variables.COMMERCIAL_PAYMENT, claim.terms().commercialPayment());
        }
        return variables;
    }

    /** The answer to a submission whose reference a concurrent submission stored first. */
    @Transactional(readOnly = true)
    public Submission replay(UUID creditorId, ClaimRequest request) {
        return successful(replayAttempt(creditorId, request));
    }

    /** As {@link #replay}, with a conflict as an answer. */
    @Transactional(readOnly = true)
    public Attempt replayAttempt(UUID creditorId, ClaimRequest request) {
        return earlierAttempt(creditorId, request.creditorReference(), fingerprint.of(request)).orElseThrow(
                () -> new IllegalStateException("No claim holds the reference that was reported as taken"));
    }

    private static Submission successful(Attempt attempt) {
        if (attempt.conflict() != null) {
            throw new ConflictException(attempt.conflict());
        }
        return attempt.submission();
    }

    private Optional<Attempt> earlierAttempt(UUID creditorId, String creditorReference, String requestSha256) {
        return claims.findSubmission(creditorId, creditorReference).map(stored -> requestSha256.equals(
                stored.requestSha256())
                ? new Attempt(new Submission(claims.require(stored.claimId()), false), null)
                : new Attempt(null, "Claim " + stored.claimId() + " was submitted under creditorReference '"
                        + creditorReference + "' with different content; use a new reference for a new claim"));
    }

    private Claim newClaim(UUID creditorId, ClaimRequest request) {
        DebtorRequest debtorRequest = request.debtor();
        DebtorType type = DebtorType.valueOf(debtorRequest.type());
        AddressRequest address = debtorRequest.address();
        String language = debtorRequest.language() != null ? debtorRequest.language()
                : creditors.require(creditorId).letterLanguage();
        Debtor debtor = new Debtor(
                type,
                debtorRequest.name().trim(),
                type.normalizeIdentityCode(debtorRequest.identityCode()),
                new PostalAddress(address.street().trim(), address.postalCode(), address.city().trim(),
                        address.country()),
                language,
                blankToNull(debtorRequest.email()),
                blankToNull(debtorRequest.phone()),
                debtorRequest.electronicLettersConsent());
        InvoiceRequest invoiceRequest = request.invoice();
        List<InvoiceLineRequest> lineRequests = invoiceRequest.lines() == null ? List.of() : invoiceRequest.lines();
        List<InvoiceLine> lines = new ArrayList<>();
        for (InvoiceLineRequest line : lineRequests) {
            lines.add(new InvoiceLine(lines.size() + 1, line.description().trim(), Money.of(line.amount())));
        }
        Invoice invoice = new Invoice(
                invoiceRequest.number().trim(),
                invoiceRequest.invoiceDate(),
                invoiceRequest.dueDate(),
                Money.of(invoiceRequest.principal()),
                invoiceRequest.description().trim(),
                invoiceRequest.reminderSentOn(),
                lines);
        String referenceNumber = ReferenceNumber.generate(Long.toString(claims.nextReferenceBase()));
        // PostgreSQL keeps microseconds: the claim answered now equals the claim read back on a replay.
        return new Claim(UUID.randomUUID(), creditorId, request.creditorReference().trim(), referenceNumber,
                clock.instant().truncatedTo(ChronoUnit.MICROS), debtor, invoice, ClaimTerms.of(request.terms(), type),
                blankToNull(request.originalCreditorName()), null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
