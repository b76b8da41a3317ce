package fi.saatava.gateway.letters;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;

/**
 * Serves a letter's snapshot exactly as it was stored, plus its identity, whether it was voided (its task was cancelled:
 * the worker must neither render nor send it) and its dispatch state. The stored JSON is passed through, not re-bound,
 * so a letter prepared by an older version reads back unchanged.
 */
@Service
class LetterSnapshots {

    private final LetterRepository letters;
    private final ObjectMapper json;

    LetterSnapshots(LetterRepository letters, ObjectMapper json) {
        this.letters = letters;
        this.json = json;
    }

    ObjectNode snapshot(UUID letterId) {
        LetterRepository.StoredLetter letter = letters.find(letterId)
                .orElseThrow(() -> new LetterNotFoundException(letterId));
        ObjectNode snapshot = json.createObjectNode();
        snapshot.put("letterId", letter.id().toString());
        snapshot.put("claimId", letter.claimId().toString());
        snapshot.put("type", letter.type());
        snapshot.setAll(content(letter));
        snapshot.put("voided", letter.voidedAt() != null);
        snapshot.put("dispatchedAt", letter.dispatchedAt() == null ? null : letter.dispatchedAt().toString());
        snapshot.put("dispatchChannel", letter.channel());
        return snapshot;
    }

    private ObjectNode content(LetterRepository.StoredLetter letter) {
        try {
            return (ObjectNode) json.readTree(letter.contentJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Letter " + letter.id() + " has an unreadable snapshot", e);
        }
    }
}
