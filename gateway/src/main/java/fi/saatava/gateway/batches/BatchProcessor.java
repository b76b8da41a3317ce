package fi.saatava.gateway.batches;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import fi.saatava.gateway.claims.ClaimIntake;
import fi.saatava.gateway.claims.ClaimRequest;
import fi.saatava.gateway.problem.FieldProblem;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through the pending rows of every batch in the background. A chunk of rows is claimed with
 * {@code for update skip locked}, each row stored as a claim (or rejected with its field errors) and its result written
 * in the same transaction: a row is never both unreported and half stored, and after a crash its row is simply still
 * pending. If anything in a chunk fails at the database, the chunk is rolled back and its rows are done one by one,
 * so a bad row never holds up the good ones. Runs at start-up (resuming what a crash left), after each upload, and
 * every few seconds as a safety net.
 */
@Component
class BatchProcessor {

    private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

    private final ClaimBatchRepository batches;
    private final BatchRowParser parser;
    private final ClaimIntake intake;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int chunkSize;
    private final ExecutorService executor;
    private final Semaphore idleWorkers;

    BatchProcessor(ClaimBatchRepository batches, BatchRowParser parser, ClaimIntake intake,
                   TransactionTemplate transactions, Clock clock,
                   @Value("${saatava.batches.chunk-size:100}") int chunkSize,
                   @Value("${saatava.batches.workers:2}") int workers) {
        this.batches = batches;
        this.parser = parser;
        this.intake = intake;
        this.transactions = transactions;
        this.clock = clock;
        this.chunkSize = chunkSize;
        this.executor = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "claim-batches");
            thread.setDaemon(true);
            return thread;
        });
        this.idleWorkers = new Semaphore(workers);
    }

    /** Starts idle workers on whatever is pending; returns at once. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${saatava.batches.poll-interval:PT10S}",
            initialDelayString = "${saatava.batches.poll-interval:PT10S}")
    void wake() {
        while (idleWorkers.tryAcquire()) {
            executor.submit(() -> {
                try {
                    drain();
                } catch (RuntimeException e) {
                    log.error("Batch processing stopped; pending rows are taken up at the next wake-up", e);
                } finally {
                    idleWorkers.release();
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Processes pending rows until there are none (or the worker is stopped). */
    void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            List<BatchRow> claimed = new ArrayList<>();
            int done;
            try {
                done = transactions.execute(status -> processChunk(claimed));
            } catch (RuntimeException chunkFailed) {
                log.warn("A chunk of {} batch rows failed ({}); doing its rows one by one", claimed.size(),
                        chunkFailed.toString());
                claimed.forEach(this::processAlone);
                done = claimed.size();
            }
            if (done == 0) {
                return;
            }
        }
    }

    /** The rows' claims are submitted together, a creditor's rows in row order, so they share the round trips. */
    private int processChunk(List<BatchRow> claimed) {
        claimed.addAll(batches.lockPending(chunkSize));
        RowResult[] results = new RowResult[claimed.size()];
        Map<UUID, List<Integer>> validRowsOfCreditor = new LinkedHashMap<>();
        List<ClaimRequest> requests = new ArrayList<>(claimed.size());
        for (int i = 0; i < claimed.size(); i++) {
            BatchRowParser.Parsed parsed = parser.parse(claimed.get(i));
            requests.add(parsed.claim());
            if (parsed.claim() == null) {
                results[i] = RowResult.rejected(parsed.problems());
            } else {
                validRowsOfCreditor.computeIfAbsent(claimed.get(i).creditorId(), creditor -> new ArrayList<>()).add(i);
            }
        }
        validRowsOfCreditor.forEach((creditorId, rows) -> {
            List<ClaimIntake.Attempt> attempts = intake.attemptAll(creditorId,
                    rows.stream().map(requests::get).toList());
            for (int i = 0; i < rows.size(); i++) {
                results[rows.get(i)] = result(attempts.get(i));
            }
        });
        batches.recordResults(claimed, List.of(results), clock.instant());
        return claimed.size();
    }

    /** A row of a failed chunk, in a transaction of its own. */
    private void processAlone(BatchRow row) {
        try {
            recordAlone(row, this::process);
        } catch (DuplicateKeyException concurrentSubmission) {
            // The same creditor reference was stored meanwhile (e.g. through the API): a replay or a conflict.
            recordAlone(row, this::replay);
        } catch (RuntimeException e) {
            log.error("Batch {} row {} could not be stored", row.batchId(), row.rowNumber(), e);
            recordAlone(row, locked -> RowResult.rejected(List.of(new FieldProblem("row", "could not be stored "
                    + "because of an internal error; submit it again in a new batch or through POST /api/v1/claims"))));
        }
    }

    private void recordAlone(BatchRow row, Function<BatchRow, RowResult> processing) {
        transactions.executeWithoutResult(status -> batches.lockPending(row.batchId(), row.rowNumber())
                .ifPresent(locked -> batches.recordResults(List.of(locked), List.of(processing.apply(locked)),
                        clock.instant())));
    }

    private RowResult process(BatchRow row) {
        BatchRowParser.Parsed parsed = parser.parse(row);
        if (parsed.claim() == null) {
            return RowResult.rejected(parsed.problems());
        }
        return result(intake.attempt(row.creditorId(), parsed.claim()));
    }

    private RowResult replay(BatchRow row) {
        return result(intake.replayAttempt(row.creditorId(), parser.parse(row).claim()));
    }

    private static RowResult result(ClaimIntake.Attempt attempt) {
        if (attempt.conflict() != null) {
            return RowResult.rejected(List.of(new FieldProblem("creditorReference", attempt.conflict())));
        }
        return RowResult.accepted(attempt.submission().claim().id(), !attempt.submission().created());
    }
}
