package fi.saatava.simulators.recording;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Records every request the simulated systems receive and dedupes by idempotency key the way a real counterpart
 * does: a key seen before with the same body gets the stored answer and no second effect (the record counts the
 * delivery); the same key with a different body is refused with 409 and not recorded; a key whose last answer was
 * a 5xx is handled afresh. Kept in memory: the simulators are for local runs, demos and tests.
 */
@Component
public class RequestJournal {

    private final Clock clock;
    private final Map<String, RecordedRequest> byKey = new LinkedHashMap<>();
    private final List<RecordedRequest> withoutKey = new ArrayList<>();
    private long nextId = 1;

    public RequestJournal(Clock clock) {
        this.clock = clock;
    }

    /**
     * Handles one delivery of an operation.
     *
     * @param idempotencyKey the caller's key; null records the request without deduplication
     * @param handler        computes the answer, given the 1-based number of this delivery under the key
     */
    public synchronized Exchange exchange(String system, String operation, String idempotencyKey, JsonNode request,
            IntFunction<SimulatedResponse> handler) {
        if (idempotencyKey == null) {
            SimulatedResponse answer = handler.apply(1);
            withoutKey.add(record(system, operation, null, request, answer));
            return new Exchange(answer, false);
        }
        String slot = system + " " + idempotencyKey;
        RecordedRequest earlier = byKey.get(slot);
        if (earlier == null) {
            SimulatedResponse answer = handler.apply(1);
            byKey.put(slot, record(system, operation, idempotencyKey, request, answer));
            return new Exchange(answer, false);
        }
        if (!Objects.equals(earlier.request(), request) || !earlier.operation().equals(operation)) {
            return new Exchange(SimulatedResponse.problem(HttpStatus.CONFLICT,
                    "Idempotency-Key was already used for a different request"), false);
        }
        boolean replay = !new SimulatedResponse(earlier.responseStatus(), earlier.response()).isTransientFailure();
        SimulatedResponse answer = replay
                ? new SimulatedResponse(earlier.responseStatus(), earlier.response())
                : handler.apply(earlier.deliveries() + 1);
        byKey.put(slot, earlier.redelivered(clock.instant(), answer));
        return new Exchange(answer, replay);
    }

    /** Every recorded request of one system (all systems when {@code system} is null), oldest first. */
    public synchronized List<RecordedRequest> requests(String system) {
        List<RecordedRequest> all = new ArrayList<>(byKey.values());
        all.addAll(withoutKey);
        return all.stream()
                .filter(r -> system == null || r.system().equals(system))
                .sorted(Comparator.comparingLong(RecordedRequest::id))
                .toList();
    }

    public synchronized void clear() {
        byKey.clear();
        withoutKey.clear();
    }

    private RecordedRequest record(String system, String operation, String key, JsonNode request,
            SimulatedResponse answer) {
        var now = clock.instant();
        return new RecordedRequest(nextId++, system, operation, key, now, now, 1, request, answer.status(),
                answer.body());
    }
}
