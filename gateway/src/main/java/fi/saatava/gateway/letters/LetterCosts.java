package fi.saatava.gateway.letters;

import java.util.Comparator;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.law.money.Money;
import org.springframework.stereotype.Service;

/**
 * The collection costs a claim's debtor was told of: the itemised costs (PerintäL 5 a § 1 mom 3 k) printed in our
 * latest dispatched reminder or demand. The letters are what the debtor saw, so a summons or an approval form never
 * claims more than they did.
 */
@Service
public class LetterCosts {

    private static final String COLLECTION_COST = "COLLECTION_COST";

    private final LetterRepository letters;
    private final ObjectMapper json;

    LetterCosts(LetterRepository letters, ObjectMapper json) {
        this.letters = letters;
        this.json = json;
    }

    /** The sum of the COLLECTION_COST lines of the latest dispatched reminder or demand; 0.00 before any. */
    public Money collectionCostsSoFar(UUID claimId) {
        return letters.summaries(claimId).stream()
                .filter(letter -> letter.type().collectionLetter() && letter.dispatched() && !letter.voided())
                .max(Comparator.comparing(LetterSummary::createdAt))
                .map(letter -> costsIn(letters.find(letter.id()).orElseThrow()))
                .orElse(Money.ZERO);
    }

    private Money costsIn(LetterRepository.StoredLetter letter) {
        Money costs = Money.ZERO;
        for (JsonNode line : content(letter).path("amounts")) {
            if (COLLECTION_COST.equals(line.path("kind").asText())) {
                costs = costs.plus(Money.of(line.path("amount").asText()));
            }
        }
        return costs;
    }

    private JsonNode content(LetterRepository.StoredLetter letter) {
        try {
            return json.readTree(letter.contentJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Letter " + letter.id() + " has an unreadable snapshot", e);
        }
    }
}
