package fi.saatava.gateway.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.law.schedule.LetterType;
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
    private final Clock clock;

    LetterPreparation(ClaimRepository claims, LetterRepository letters, LetterComposer composer, ObjectMapper json,
                      Clock clock) {
        this.claims = claims;
        this.letters = letters;
        this.composer = composer;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The claim's letter of this type: created now, or the one an earlier run of the letter task created (a task
     * re-run by an operator must never send the debtor a second, different letter).
     *
     * @return the letter's id
     */
    public UUID prepare(UUID claimId, LetterType type) {
        Optional<UUID> existing = letters.findId(claimId, type);
        if (existing.isPresent()) {
            log.info("Claim {} already has its {} letter {}; reusing it", claimId, type, existing.get());
            return existing.get();
        }
        Claim claim = claims.find(claimId)
                .orElseThrow(() -> new IllegalStateException("No claim " + claimId + " for a " + type + " letter"));
        LocalDate today = LocalDate.now(clock);
        LetterContent content = composer.compose(claim, type, today);
        UUID id = letters.insertIfAbsent(UUID.randomUUID(), claimId, type, clock.instant(), content.dueDate(),
                toJson(content));
        log.info("Prepared {} letter {} for claim {}, due {}", type, id, claimId, content.dueDate());
        return id;
    }

    private String toJson(LetterContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a letter snapshot", e);
        }
    }
}
