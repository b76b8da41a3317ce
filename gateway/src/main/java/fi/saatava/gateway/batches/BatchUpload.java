package fi.saatava.gateway.batches;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fi.saatava.gateway.problem.FieldProblem;
import fi.saatava.gateway.problem.ProblemResponses;
import fi.saatava.gateway.problem.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.ErrorResponseException;

/**
 * Accepts a batch: stores every row as received, in one transaction, and wakes the processor once it has committed.
 * Nothing is parsed here beyond CSV records, so accepting 100 000 rows takes seconds.
 */
@Service
class BatchUpload {

    /** The most rows one batch may hold. */
    static final int MAX_ROWS = 100_000;
    private static final int ROWS_PER_INSERT = 1_000;
    private static final Logger log = LoggerFactory.getLogger(BatchUpload.class);

    /** The CSV columns: the claim's fields as dotted paths (invoice lines only in JSON lines). */
    static final Set<String> CSV_COLUMNS = Set.of("creditorReference", "originalCreditorName",
            "debtor.type", "debtor.name", "debtor.identityCode", "debtor.language", "debtor.email", "debtor.phone",
            "debtor.address.street", "debtor.address.postalCode", "debtor.address.city", "debtor.address.country",
            "debtor.electronicLettersConsent.givenOn",
            "invoice.number", "invoice.invoiceDate", "invoice.dueDate", "invoice.principal", "invoice.description",
            "invoice.reminderAlreadySent", "invoice.reminderSentOn",
            "terms.consumerClaim", "terms.commercialPayment", "terms.directlyEnforceable",
            "terms.contractualInterestRate");

    private final ClaimBatchRepository batches;
    private final BatchProcessor processor;
    private final ObjectMapper json;
    private final CsvMapper csv = new CsvMapper();
    private final Clock clock;

    BatchUpload(ClaimBatchRepository batches, BatchProcessor processor, ObjectMapper json, Clock clock) {
        this.batches = batches;
        this.processor = processor;
        this.json = json;
        this.clock = clock;
    }

    /** @return the new batch's id */
    @Transactional
    UUID accept(UUID creditorId, BatchFormat format, InputStream body) throws IOException {
        UUID batchId = UUID.randomUUID();
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        Rows rows = format == BatchFormat.CSV ? csvRows(batchId, creditorId, reader)
                : jsonLines(batchId, creditorId, reader);
        batches.recordRowCount(batchId, rows.count);
        log.info("Batch {} of creditor {}: {} rows ({}) accepted", batchId, creditorId, rows.count, format);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                processor.wake();
            }
        });
        return batchId;
    }

    private Rows jsonLines(UUID batchId, UUID creditorId, BufferedReader reader) throws IOException {
        batches.insertBatch(batchId, creditorId, BatchFormat.JSON_LINES, null, clock.instant());
        Rows rows = new Rows(batches, batchId);
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                rows.add(line);
            }
        }
        return rows.flushed();
    }

    private Rows csvRows(UUID batchId, UUID creditorId, Reader reader) throws IOException {
        try (MappingIterator<String[]> records = csv.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
            if (!records.hasNext()) {
                throw invalid(List.of(new FieldProblem("header", "is missing: the first line names the columns")));
            }
            String[] header = records.next();
            checkHeader(header);
            batches.insertBatch(batchId, creditorId, BatchFormat.CSV, String.join(",", header), clock.instant());
            Rows rows = new Rows(batches, batchId);
            while (records.hasNext()) {
                String[] cells = records.next();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                ObjectNode row = json.createObjectNode();
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].isBlank()) {
                        row.put(i < header.length ? header[i].trim() : "column " + (i + 1), cells[i].trim());
                    }
                }
                rows.add(row.toString());
            }
            return rows.flushed();
        }
    }

    private static void checkHeader(String[] header) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (!CSV_COLUMNS.contains(header[i].trim())) {
                problems.add(new FieldProblem("header[" + i + "]", "'" + header[i].trim()
                        + "' is not a known column; columns are the claim's fields as dotted paths, e.g. "
                        + "debtor.address.city"));
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
    }

    private static ErrorResponseException invalid(List<FieldProblem> problems) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidRequest(problems), null);
    }

    /** Rows read so far, written to the database a thousand at a time. */
    private static final class Rows {

        private final ClaimBatchRepository batches;
        private final UUID batchId;
        private final List<String> pending = new ArrayList<>();
        private int count;

        Rows(ClaimBatchRepository batches, UUID batchId) {
            this.batches = batches;
            this.batchId = batchId;
        }

        void add(String row) {
            if (++count > MAX_ROWS) {
                throw new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, ProblemResponses.problem(
                        HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.INVALID_REQUEST, "Too many rows",
                        "A batch holds at most " + MAX_ROWS + " claims; split it"), null);
            }
            pending.add(row);
            if (pending.size() == ROWS_PER_INSERT) {
                flushed();
            }
        }

        Rows flushed() {
            if (!pending.isEmpty()) {
                batches.insertRows(batchId, count - pending.size() + 1, pending);
                pending.clear();
            }
            return this;
        }
    }
}
