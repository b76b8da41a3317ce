package fi.saatava.gateway.letters;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

import fi.saatava.gateway.problem.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the letters worker reports about a letter: its rendered document, then its dispatch. Both are idempotent
 * and the first report wins, because a worker may deliver the same task twice.
 */
@Service
class LetterDelivery {

    static final String PDF = "application/pdf";

    private static final Logger log = LoggerFactory.getLogger(LetterDelivery.class);

    private final LetterRepository letters;
    private final Clock clock;

    LetterDelivery(LetterRepository letters, Clock clock) {
        this.letters = letters;
        this.clock = clock;
    }

    /** @return whether this upload was stored (false: the letter already had its document, which is kept) */
    @Transactional
    boolean storeDocument(UUID letterId, byte[] pdf) {
        letters.lock(letterId).orElseThrow(() -> new LetterNotFoundException(letterId));
        boolean stored = letters.storeDocumentIfAbsent(letterId, PDF, pdf, sha256(pdf), clock.instant());
        if (stored) {
            log.info("Stored the document of letter {} ({} bytes)", letterId, pdf.length);
        }
        return stored;
    }

    /** @return the dispatch as first recorded */
    @Transactional
    Dispatch dispatch(Dispatch report) {
        UUID letterId = report.letterId();
        LetterRepository.LockedState state = letters.lock(letterId)
                .orElseThrow(() -> new LetterNotFoundException(letterId));
        if (state.voided()) {
            throw new ConflictException("Letter " + letterId + " was voided (its task was cancelled): do not send it");
        }
        if (!letters.hasDocument(letterId)) {
            throw new ConflictException("Letter " + letterId
                    + " has no document yet: upload what is sent before reporting it dispatched");
        }
        letters.recordDispatchIfAbsent(report, clock.instant());
        Dispatch recorded = letters.findDispatch(letterId).orElseThrow();
        log.info("Letter {} dispatched via {} at {}", letterId, recorded.channel(), recorded.dispatchedAt());
        return recorded;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
