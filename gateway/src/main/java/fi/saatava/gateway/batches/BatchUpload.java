package fi.saatava.gateway.batches;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fi.saatava.gateway.problem.FieldProblem;
import fi.saatava.gateway.problem.ProblemResponses;
import fi.saatava.gateway.problem.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.ErrorResponseException;

/**
 * Accepts a batch: stores every row as received, in one transaction, and wakes the processor once it has committed.
 * Nothing is parsed here beyond CSV records, so accepting 100 000 rows takes seconds. The body is streamed: memory
 * holds at most one insert's rows, and a row (or CSV cell) is bounded, so no single line can exhaust it.
 */
@Service
class BatchUpload {

    /** The most rows one batch may hold. */
    static final int MAX_ROWS = 100_000;
    /** The longest row (a JSON line, or a CSV cell), in characters: a claim with many invoice lines fits. */
    static final int MAX_ROW_CHARS = 64 * 1024;
    private static final int ROWS_PER_INSERT = 1_000;
    private static final int CHARS_PER_INSERT = 1024 * 1024;
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
    /** A CSV cell may be no longer than a whole row may be. */
    private final CsvMapper csv = new CsvMapper(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_ROW_CHARS).build())
            .build());
    private final Clock clock;
    private final UploadSizeLimit sizeLimit;

    BatchUpload(ClaimBatchRepository batches, BatchProcessor processor, ObjectMapper json, Clock clock,
                UploadSizeLimit sizeLimit) {
        this.sizeLimit = sizeLimit;
        this.batches = batches;
        this.processor = processor;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param contentType   the request's, which names the format and may name the charset (UTF-8 if it does not)
     * @param contentLength the request's Content-Length, -1 if not known
     * @return the new batch's id
     */
    @Transactional
    UUID accept(UUID creditorId, MediaType contentType, long contentLength, InputStream body) throws IOException {
        BatchFormat format = BatchFormat.of(contentType).orElseThrow();
        UUID batchId = UUID.randomUUID();
        Charset charset = charset(contentType);
        Rows rows;
        try {
            // Bytes that are not text in the charset are refused, never stored as replacement characters in a name.
            Reader reader = withoutByteOrderMark(new BufferedReader(new InputStreamReader(
                    sizeLimit.bounded(contentLength, body), charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))));
            rows = format == BatchFormat.CSV ? csvRows(batchId, creditorId, reader)
                    : jsonLines(batchId, creditorId, reader);
        } catch (IOException | RuntimeException e) {
            if (causedBy(e, UploadSizeLimit.UploadTooLargeException.class)) {
                // The transaction rolls back: no row of it is kept.
                throw tooLarge("Upload too large", "A batch upload holds at most " + sizeLimit.maxBytes()
                        + " bytes; split it");
            }
            if (causedBy(e, CharacterCodingException.class)) {
                throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.problem(
                        HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Not " + charset.name(),
                        "The body is not " + charset.name() + " text; name the file's charset in Content-Type, "
                                + "e.g. " + format.mediaType() + "; charset=windows-1252"), null);
            }
            throw e;
        }
        if (rows.count == 0) {
            throw invalid(List.of(new FieldProblem("body", "holds no claims: send at least one row")));
        }
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

    private static Charset charset(MediaType contentType) {
        // Spring has already refused a charset the JVM does not know (415).
        return contentType.getCharset() == null ? StandardCharsets.UTF_8 : contentType.getCharset();
    }

    /** Jackson's CSV reader wraps what the reader under it throws. */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Spreadsheet programs start their UTF-8 exports with a byte order mark, which is not part of the data. */
    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private Rows jsonLines(UUID batchId, UUID creditorId, Reader reader) throws IOException {
        batches.insertBatch(batchId, creditorId, BatchFormat.JSON_LINES, null, clock.instant());
        Rows rows = new Rows(batches, batchId);
        BoundedLineReader lines = new BoundedLineReader(reader, MAX_ROW_CHARS);
        try {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (!line.isBlank()) {
                    rows.add(line);
                }
            }
        } catch (BoundedLineReader.LineTooLongException tooLong) {
            throw rowTooLong("Line " + tooLong.lineNumber());
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
        } catch (RuntimeJsonMappingException | JsonProcessingException unreadable) {
            if (causedBy(unreadable, CharacterCodingException.class)
                    || causedBy(unreadable, UploadSizeLimit.UploadTooLargeException.class)) {
                throw unreadable; // not text at all, or too much of it: answered as such by accept
            }
            throw csvUnreadable(unreadable);
        }
    }

    /** CSV whose records cannot be told apart (e.g. an unclosed quote): no row can be trusted. */
    private static ErrorResponseException csvUnreadable(Exception unreadable) {
        JsonLocation location = null;
        String problem = "check its quotes";
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException parsing && parsing.getLocation() != null) {
                location = parsing.getLocation();
                problem = parsing.getOriginalMessage();
            }
        }
        String where = location == null ? "A line" : "Line " + location.getLineNr();
        if (causedBy(unreadable, StreamConstraintsException.class)) {
            return rowTooLong(where);
        }
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.problem(HttpStatus.BAD_REQUEST,
                ProblemTypes.MALFORMED_REQUEST, "Malformed CSV", where + " is not valid CSV (RFC 4180): " + problem),
                null);
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

    private static ErrorResponseException tooLarge(String title, String detail) {
        return new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, ProblemResponses.problem(
                HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.TOO_LARGE, title, detail), null);
    }

    private static ErrorResponseException rowTooLong(String where) {
        return tooLarge("Row too long", where + " is longer than " + MAX_ROW_CHARS + " characters; a row is one "
                + "claim (check the line breaks)");
    }

    /** Rows read so far, written to the database a thousand (or about a megabyte) at a time. */
    private static final class Rows {

        private final ClaimBatchRepository batches;
        private final UUID batchId;
        private final List<String> pending = new ArrayList<>();
        private int pendingChars;
        private int count;

        Rows(ClaimBatchRepository batches, UUID batchId) {
            this.batches = batches;
            this.batchId = batchId;
        }

        void add(String row) {
            if (++count > MAX_ROWS) {
                throw tooLarge("Too many rows", "A batch holds at most " + MAX_ROWS + " claims; split it");
            }
            pending.add(row);
            pendingChars += row.length();
            if (pending.size() == ROWS_PER_INSERT || pendingChars >= CHARS_PER_INSERT) {
                flushed();
            }
        }

        Rows flushed() {
            if (!pending.isEmpty()) {
                batches.insertRows(batchId, count - pending.size() + 1, pending);
                pending.clear();
                pendingChars = 0;
            }
            return this;
        }
    }
}
