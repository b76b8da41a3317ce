package fi.saatava.gateway.claims;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import fi.saatava.gateway.creditors.CreditorRepository;
import fi.saatava.gateway.ledger.FeeCharging;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.problem.ConflictException;

import fi.saatava.law.identifiers.ReferenceNumber;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores validated claims and starts their collection processes in one transaction: the engine shares the Spring
 * transaction manager, so either a claim and its process both exist or neither does. The creditor's reference is
 * the idempotency key: a replay of the same submission returns the claim stored first, a different submission under
 * the same reference is a conflict. One claim (the API) and a chunk of a batch take the same path.
 */
@Service
public class ClaimIntake {

    private static final Logger log = LoggerFactory.getLogger(ClaimIntake.class);

    private final ClaimRepository claims;
    private final ProcessStarts processStarts;
    private final CreditorRepository creditors;
    private final LedgerService ledger;
    private final FeeCharging feeCharging;
    private final RequestFingerprint fingerprint;
    private final Clock clock;

    ClaimIntake(ClaimRepository claims, ProcessStarts processStarts, CreditorRepository creditors,
                LedgerService ledger, FeeCharging feeCharging, RequestFingerprint fingerprint, Clock clock) {
        this.claims = claims;
        this.ledger = ledger;
        this.feeCharging = feeCharging;
        this.creditors = creditors;
        this.processStarts = processStarts;
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
        return attemptAll(creditorId, List.of(request)).get(0);
    }

    /**
     * Many submissions of one creditor, in order, in the caller's transaction; each is exactly what {@link #attempt}
     * makes of it (a reference given twice is a replay or a conflict of its first use). The new claims are stored a
     * table at a time and their processes started in one engine command, so a hundred claims cost about as many
     * round trips to the database as one.
     *
     * @return one attempt per request, in the order of {@code requests}
     * @throws org.springframework.dao.DuplicateKeyException if a concurrent submission of one of the references won
     */
    @Transactional
    public List<Attempt> attemptAll(UUID creditorId, List<ClaimRequest> requests) {
        List<String> fingerprints = requests.stream().map(fingerprint::of).toList();
        Map<String, ClaimRepository.StoredSubmission> stored = claims.findSubmissions(creditorId,
                requests.stream().map(request -> request.creditorReference().trim()).collect(Collectors.toSet()));
        // The first request of each new reference is stored; a later one with it is answered like a replay.
        Map<String, Integer> firstOfReference = new HashMap<>();
        List<Integer> toStore = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            String reference = requests.get(i).creditorReference().trim();
            if (!stored.containsKey(reference) && firstOfReference.putIfAbsent(reference, i) == null) {
                toStore.add(i);
            }
        }
        Map<Integer, Claim> created = store(creditorId, requests, fingerprints, toStore);
        List<Attempt> attempts = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String reference = requests.get(i).creditorReference().trim();
            ClaimRepository.StoredSubmission earlier = stored.get(reference);
            if (earlier != null) {
                attempts.add(earlierAttempt(earlier, reference, fingerprints.get(i), () -> claims.require(
                        earlier.claimId())));
            } else if (created.containsKey(i)) {
                attempts.add(new Attempt(new Submission(created.get(i), true), null));
            } else {
                int first = firstOfReference.get(reference);
                Claim claim = created.get(first);
                attempts.add(earlierAttempt(new ClaimRepository.StoredSubmission(claim.id(), fingerprints.get(first)),
                        reference, fingerprints.get(i), () -> claim));
            }
        }
        return attempts;
    }

    /** Stores the requests at {@code indexes} as new claims and starts their processes; the claims by index. */
    private Map<Integer, Claim> store(UUID creditorId, List<ClaimRequest> requests, List<String> fingerprints,
                                      List<Integer> indexes) {
        Map<Integer, Claim> created = new HashMap<>();
        if (indexes.isEmpty()) {
            return created;
        }
        Iterator<Long> referenceBases = claims.nextReferenceBases(indexes.size()).iterator();
        String creditorLanguage = indexes.stream().anyMatch(index -> requests.get(index).debtor().language() == null)
                ? creditors.require(creditorId).letterLanguage() : null;
        List<ClaimRepository.NewClaim> newClaims = new ArrayList<>();
        for (int index : indexes) {
            Claim claim = newClaim(creditorId, requests.get(index), referenceBases.next(), creditorLanguage);
            created.put(index, claim);
            newClaims.add(new ClaimRepository.NewClaim(claim, fingerprints.get(index)));
        }
        List<Claim> stored = newClaims.stream().map(ClaimRepository.NewClaim::claim).toList();
        claims.insertAll(newClaims);
        ledger.openClaims(stored);
        // A late commercial payment earns the 40 € standard compensation without any collection action (PerintäL
        // 10 i §, spec §2.5); business-collection's chargeStandardCompensation finds it charged and adds nothing.
        stored.forEach(feeCharging::chargeStandardCompensation);
        List<String> processInstanceIds = processStarts.start(stored.stream().map(claim -> new ProcessStarts.Start(
                processOf(claim), claim.id().toString(), startVariables(claim))).toList());
        Map<UUID, String> processOfClaim = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            processOfClaim.put(stored.get(i).id(), processInstanceIds.get(i));
        }
        claims.recordProcessInstances(processOfClaim);
        log.debug("{} claims received for creditor {}", stored.size(), creditorId);
        return created;
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
        String reference = creditorReference.trim();
        return Optional.ofNullable(claims.findSubmissions(creditorId, List.of(reference)).get(reference))
                .map(stored -> earlierAttempt(stored, reference, requestSha256, () -> claims.require(stored.claimId())));
    }

    /** A submission under a reference stored earlier: its replay if it says the same, else a conflict. */
    private static Attempt earlierAttempt(ClaimRepository.StoredSubmission stored, String creditorReference,
                                          String requestSha256, Supplier<Claim> storedClaim) {
        return requestSha256.equals(stored.requestSha256())
                ? new Attempt(new Submission(storedClaim.get(), false), null)
                : new Attempt(null, "Claim " + stored.claimId() + " was submitted under creditorReference '"
                        + creditorReference + "' with different content; use a new reference for a new claim");
    }

    /** @param creditorLanguage the creditor's letter language, for a debtor whose language the request omits */
    private Claim newClaim(UUID creditorId, ClaimRequest request, long referenceBase, String creditorLanguage) {
        DebtorRequest debtorRequest = request.debtor();
        DebtorType type = DebtorType.valueOf(debtorRequest.type());
        AddressRequest address = debtorRequest.address();
        String language = debtorRequest.language() != null ? debtorRequest.language() : creditorLanguage;
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
        String referenceNumber = ReferenceNumber.generate(Long.toString(referenceBase));
        // PostgreSQL keeps microseconds: the claim answered now equals the claim read back on a replay.
        return new Claim(UUID.randomUUID(), creditorId, request.creditorReference().trim(), referenceNumber,
                clock.instant().truncatedTo(ChronoUnit.MICROS), debtor, invoice, ClaimTerms.of(request.terms(), type),
                blankToNull(request.originalCreditorName()), null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
