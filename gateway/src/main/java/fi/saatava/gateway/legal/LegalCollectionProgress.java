package fi.saatava.gateway.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.letters.LetterRepository;
import fi.saatava.gateway.letters.LetterType;
import fi.saatava.process.ProcessContract.CourtDecisions;
import fi.saatava.process.ProcessContract.EnforcementOutcomes;
import fi.saatava.process.ProcessContract.LegalCollectionSteps;
import org.springframework.stereotype.Service;

/**
 * Where a claim's legal collection stands, from what was recorded, so a legal-collection process that starts again
 * (after a dispute, a plan or insolvency proceedings) never asks twice or files twice.
 */
@Service
public class LegalCollectionProgress {

    private final LegalRecords records;
    private final LetterRepository letters;

    LegalCollectionProgress(LegalRecords records, LetterRepository letters) {
        this.records = records;
        this.letters = letters;
    }

    /**
     * The next step not taken yet (docs/contracts.md, {@code findLegalCollectionStep}): POST_COLLECTION once the
     * passive registration after a no-assets certificate has ended, ENFORCEMENT once a default judgment exists,
     * SUMMONS once legal collection was approved (the legal-collection notice was prepared right after the approval),
     * else APPROVAL.
     */
    public String nextStep(Claim claim, LocalDate today) {
        List<EnforcementOutcomeRecord> outcomes = records.enforcementOutcomes(claim.id());
        Optional<EnforcementOutcomeRecord> latest = outcomes.isEmpty() ? Optional.empty()
                : Optional.of(outcomes.get(outcomes.size() - 1));
        if (latest.isPresent() && EnforcementOutcomes.NO_ASSETS.equals(latest.get().outcome())
                && !latest.get().passiveRegistrationEndsOn().isAfter(today)) {
            return LegalCollectionSteps.POST_COLLECTION;
        }
        if (judgment(claim).isPresent()) {
            return LegalCollectionSteps.ENFORCEMENT;
        }
        boolean approved = letters.summaries(claim.id()).stream()
                .anyMatch(letter -> letter.type() == LetterType.LEGAL_COLLECTION_NOTICE);
        return approved ? LegalCollectionSteps.SUMMONS : LegalCollectionSteps.APPROVAL;
    }

    /** The latest default judgment on the claim. */
    public Optional<CourtDecisionRecord> judgment(Claim claim) {
        return records.courtDecisions(claim.id()).stream()
                .filter(decision -> CourtDecisions.DEFAULT_JUDGMENT.equals(decision.decision()))
                .reduce((first, second) -> second);
    }
}
