package fi.saatava.gateway.letters;

import java.time.Clock;
import java.util.UUID;

import fi.saatava.gateway.ledger.LedgerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Voids a letter whose task was cancelled before the letter went out, so it is never sent afterwards. */
@Service
public class LetterVoiding {

    private static final Logger log = LoggerFactory.getLogger(LetterVoiding.class);

    private final LetterRepository letters;
    private final LedgerService ledger;
    private final Clock clock;

    LetterVoiding(LetterRepository letters, LedgerService ledger, Clock clock) {
        this.letters = letters;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Voids the letter unless it was already dispatched (then it stays as sent). Runs in the engine transaction of
     * the cancellation; the row lock orders it with a concurrent dispatch report.
     */
    public void voidUnlessDispatched(UUID letterId) {
        LetterRepository.LockedState state = letters.lock(letterId)
                .orElseThrow(() -> new IllegalStateException("No letter " + letterId + " to void"));
        if (state.dispatched() || state.voided()) {
            return;
        }
        letters.markVoided(letterId, clock.instant());
        UUID claimId = letters.find(letterId).orElseThrow().claimId();
        ledger.reverseLetterFee(claimId, letterId, "the letter was voided before it was sent (its task was cancelled)");
        log.info("Voided letter {}: its task was cancelled before dispatch", letterId);
    }
}
