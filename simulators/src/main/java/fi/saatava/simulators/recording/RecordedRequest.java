package fi.saatava.simulators.recording;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request as a simulated system received it, with how often it was delivered under the same idempotency key
 * and what was answered last. Tests and demos read these through {@code GET /simulator/requests}.
 */
public record RecordedRequest(
        long id,
        String system,
        String operation,
        String idempotencyKey,
        Instant firstReceivedAt,
        Instant lastReceivedAt,
        int deliveries,
        JsonNode request,
        int responseStatus,
        Object response) {

    RecordedRequest redelivered(Instant at, SimulatedResponse answer) {
        return new RecordedRequest(id, system, operation, idempotencyKey, firstReceivedAt, at, deliveries + 1, request,
                answer.status(), answer.body());
    }
}
