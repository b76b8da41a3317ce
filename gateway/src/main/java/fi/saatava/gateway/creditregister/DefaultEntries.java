package fi.saatava.gateway.creditregister;

import java.util.UUID;

import fi.saatava.gateway.legal.LegalRecords;
import fi.saatava.gateway.letters.LetterRepository;
import fi.saatava.gateway.letters.LetterType;
import fi.saatava.process.ProcessContract;
import org.springframework.stereotype.Service;

/**
 * Whether a claim may have put the debtor in the credit register, so that its full payment must be notified to the
 * register (LTL 18 § 2 mom, 28 § 2 mom; spec §10): the entry is removed within a month of the notice.
 */
@Service
public class DefaultEntries {

    private final LetterRepository letters;
    private final LegalRecords legalRecords;

    DefaultEntries(LetterRepository letters, LegalRecords legalRecords) {
        this.letters = letters;
        this.legalRecords = legalRecords;
    }

    /**
     * True once a tratta was sent (PerintäL 7 §: registered with the bureau and published unless paid; a notice before
     * publication stops it, spec §2.7) or a default judgment was given (entered in the register from the court's
     * data, LTL 18 § 1 mom 6 k).
     */
    public boolean mayBeRegistered(UUID claimId) {
        boolean trattaSent = letters.summaries(claimId).stream()
                .anyMatch(letter -> letter.type() == LetterType.DRAFT && letter.dispatchedAt() != null
                        && letter.voidedAt() == null);
        return trattaSent || legalRecords.courtDecisions(claimId).stream()
                .anyMatch(decision -> ProcessContract.CourtDecisions.DEFAULT_JUDGMENT.equals(decision.decision()));
    }
}
