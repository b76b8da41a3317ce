package fi.saatava.gateway.creditregister;

import java.util.UUID;

import fi.saatava.gateway.letters.LetterRepository;
import fi.saatava.gateway.letters.LetterType;
import org.springframework.stereotype.Service;

/**
 * Whether a claim may have put the debtor in the credit register, so that its full payment must be notified to the
 * register (LTL 18 § 2 mom, 28 § 2 mom; spec §10): the entry is removed within a month of the notice.
 */
@Service
public class DefaultEntries {

    private final LetterRepository letters;

    DefaultEntries(LetterRepository letters) {
        this.letters = letters;
    }

    /**
     * True once a tratta was sent (PerintäL 7 §: it is registered with the bureau and published unless paid; a notice
     * before publication stops it, spec §2.7).
     */
    public boolean mayBeRegistered(UUID claimId) {
        return letters.summaries(claimId).stream()
                .anyMatch(letter -> letter.type() == LetterType.DRAFT && letter.dispatchedAt() != null
                        && letter.voidedAt() == null);
    }
}
