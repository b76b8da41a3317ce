package fi.saatava.gateway.batches;

import java.time.Instant;
import java.util.UUID;

/** A batch's counts of rows by what became of them. */
record BatchSummary(UUID id, BatchFormat format, int rows, Instant receivedAt, long accepted, long rejected,
                    long pending, Instant lastProcessedAt) {
}
