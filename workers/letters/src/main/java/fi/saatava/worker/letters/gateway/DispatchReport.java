package fi.saatava.worker.letters.gateway;

import java.time.Instant;

/**
 * Body of {@code POST /api/internal/letters/{id}/dispatch}.
 *
 * @param channel {@code PRINT}, {@code EMAIL} or {@code OUTBOX}
 */
public record DispatchReport(String channel, Instant dispatchedAt) {
}
