package fi.saatava.gateway.batches;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch as the creditor API shows it.
 *
 * @param status      PROCESSING while rows are pending, then COMPLETED
 * @param completedAt when the last row was done, {@code null} while processing
 * @param results     one page of rows, in row order
 */
record BatchView(UUID id, String format, Instant receivedAt, String status, int rows, long accepted, long rejected,
                 long pending, Instant completedAt, int page, int size, List<BatchRowView> results) {

    static BatchView of(BatchSummary summary, int page, int size, List<BatchRowView> results) {
        boolean completed = summary.pending() == 0;
        return new BatchView(summary.id(), summary.format().name(), summary.receivedAt(),
                completed ? "COMPLETED" : "PROCESSING", summary.rows(), summary.accepted(), summary.rejected(),
                summary.pending(), completed ? summary.lastProcessedAt() : null, page, size, results);
    }
}
