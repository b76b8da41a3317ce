package fi.saatava.gateway.legal;

import java.time.LocalDate;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.letters.CollectionLetters;
import fi.saatava.law.court.LegalCollectionException;
import fi.saatava.law.court.LegalCollectionRules;
import fi.saatava.law.court.LegalCollectionTiming;
import org.springframework.stereotype.Service;

/**
 * The earliest day a claim may go to court (PerintäL 6 §, spec §3.3), from its letters: after the last demand's payment
 * and objection deadline, or at once after the consumer's 4 c § request or a dispute (6 § 2 mom).
 */
@Service
public class LegalCollectionStart {

    private final CollectionLetters letters;
    private final LegalCollectionRules rules;

    LegalCollectionStart(CollectionLetters letters, LegalCollectionRules rules) {
        this.letters = letters;
        this.rules = rules;
    }

    /**
     * @throws IllegalStateException if the claim may not go to court on what is known (no demand was sent), or the
     *                               last letter was never reported dispatched; after the retries, an incident
     */
    public LegalCollectionTiming earliest(Claim claim, LocalDate today) {
        LegalCollectionException exception = claim.legalCollectionRequestedAt() != null
                ? LegalCollectionException.LEGAL_COLLECTION_REQUESTED
                : letters.disputed(claim) ? LegalCollectionException.DEBTOR_DISPUTED : null;
        LocalDate deadline = exception != null ? null : letters.lastDemandDeadline(claim).orElse(null);
        LegalCollectionTiming timing = rules.earliestStart(claim.terms().claimKind(), today, deadline,
                exception);
        if (!timing.allowed()) {
            throw new IllegalStateException("Claim " + claim.id() + " may not go to court: " + timing.explanation());
        }
        return timing;
    }
}
