package fi.saatava.simulators.draftregistry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.simulators.recording.Resettable;
import fi.saatava.simulators.recording.SimulatedResponse;

/**
 * The bureau's register of tratta and the payment-default entries they become: registered when sent, published
 * 14–60 days after sending (the window is the sender's to keep; the register states it), removed after a payment
 * notice within one month (LTL 28 § 2 mom, 18 § 2 mom; spec §2.7, §10).
 */
@Component
public class DraftRegistry implements Resettable {

    static final int WINDOW_OPENS_DAYS = 14;
    static final int WINDOW_CLOSES_DAYS = 60;
    /** LTL 28 § 1 mom 7 k: a tratta entry is kept at most 3 years. */
    static final int ENTRY_KEPT_YEARS = 3;
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final Clock clock;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    public DraftRegistry(Clock clock) {
        this.clock = clock;
    }

    synchronized SimulatedResponse register(JsonNode body) {
        String draftId = "DR-" + UUID.randomUUID().toString().substring(0, 8);
        drafts.put(draftId, new Draft(draftId, body.path("creditor").path("businessId").asText(),
                body.path("creditorReference").asText(), body.path("debtor").deepCopy(), "REGISTERED", null));
        LocalDate sentOn = LocalDate.parse(body.path("sentOn").asText());
        return SimulatedResponse.of(HttpStatus.CREATED, Map.of(
                "draftId", draftId, "status", "REGISTERED", "creditorReference", body.path("creditorReference").asText(),
                "publishableFrom", sentOn.plusDays(WINDOW_OPENS_DAYS),
                "publishableUntil", sentOn.plusDays(WINDOW_CLOSES_DAYS)));
    }

    synchronized Optional<Draft> draft(String draftId) {
        return Optional.ofNullable(drafts.get(draftId));
    }

    synchronized SimulatedResponse publish(String draftId) {
        Draft draft = drafts.get(draftId);
        if ("REMOVED".equals(draft.status())) {
            return SimulatedResponse.problem(HttpStatus.CONFLICT, "The tratta was reported paid; it cannot be published");
        }
        Draft published = "PUBLISHED".equals(draft.status())
                ? draft
                : draft.with("PUBLISHED", "ME-" + UUID.randomUUID().toString().substring(0, 8));
        drafts.put(draftId, published);
        LocalDate today = today();
        return SimulatedResponse.of(HttpStatus.CREATED, Map.of(
                "draftId", draftId, "entryId", published.entryId(), "status", "PUBLISHED", "entryType",
                "DRAFT_PROTEST", "publishedOn", today, "keptUntil", today.plusYears(ENTRY_KEPT_YEARS)));
    }

    /** Removes every entry of the creditor's claim; the registry has a month to do it (LTL 18 § 2 mom). */
    synchronized SimulatedResponse paymentNotice(JsonNode body) {
        String creditor = body.path("creditor").path("businessId").asText();
        String reference = body.path("creditorReference").asText();
        List<String> removed = new ArrayList<>();
        drafts.replaceAll((id, draft) -> {
            if (!draft.creditorBusinessId().equals(creditor) || !draft.creditorReference().equals(reference)
                    || "REMOVED".equals(draft.status())) {
                return draft;
            }
            if (draft.entryId() != null) {
                removed.add(draft.entryId());
            }
            return draft.with("REMOVED", draft.entryId());
        });
        LocalDate today = today();
        return SimulatedResponse.of(HttpStatus.CREATED, Map.of(
                "noticeId", "PN-" + UUID.randomUUID().toString().substring(0, 8), "creditorReference", reference,
                "receivedOn", today, "removedEntries", removed, "removalDueBy", today.plusMonths(1)));
    }

    @Override
    public synchronized void reset() {
        drafts.clear();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FINLAND));
    }
}
