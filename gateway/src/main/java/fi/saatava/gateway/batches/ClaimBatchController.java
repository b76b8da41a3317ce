package fi.saatava.gateway.batches;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import fi.saatava.gateway.openapi.ApiExamples;
import fi.saatava.gateway.problem.NotFoundException;
import fi.saatava.gateway.security.AuthenticatedCreditor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The creditor API: many claims at once, processed in the background, with a result per row. */
@RestController
@RequestMapping(path = "/api/v1/claim-batches", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Claim batches")
class ClaimBatchController {

    private final BatchUpload upload;
    private final ClaimBatchRepository batches;

    ClaimBatchController(BatchUpload upload, ClaimBatchRepository batches) {
        this.upload = upload;
        this.batches = batches;
    }

    @PostMapping(consumes = {"application/x-ndjson", "text/csv"})
    @Operation(summary = "Submit a batch of claims", description = """
            Up to 100 000 claims: JSON lines (application/x-ndjson, one claim per line, each as for POST \
            /api/v1/claims) or CSV (text/csv: a header naming the columns as the claim's dotted field paths, e.g. \
            creditorReference,debtor.type,debtor.name,debtor.identityCode,debtor.address.street,\
            debtor.address.postalCode,debtor.address.city,invoice.number,invoice.invoiceDate,invoice.dueDate,\
            invoice.principal,invoice.description,invoice.reminderAlreadySent; invoice lines only in JSON lines). \
            Answers 202 at once with the batch; its rows are processed in the background, each like a single \
            submission (idempotent on creditorReference) and each reported on its own: a bad row never holds up \
            the others. Refused whole with 413: more than 100 000 rows, a row over 65 536 characters, or a body \
            over the size limit (saatava.batches.max-upload-bytes, 64 MiB by default).""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "JSON lines", value = ApiExamples.JSON_LINES_BATCH)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "CSV", value = ApiExamples.CSV_BATCH))})
    ResponseEntity<BatchView> submit(@Parameter(hidden = true) AuthenticatedCreditor creditor,
                                     HttpServletRequest request) throws IOException {
        UUID batchId = upload.accept(creditor.id(), MediaType.parseMediaType(request.getContentType()),
                request.getContentLengthLong(), request.getInputStream());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(batchId)
                .toUri();
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(location)
                .body(view(creditor, batchId, null, 0, 100));
    }

    @GetMapping("/{batchId}")
    @Operation(summary = "Show a batch and its rows' results", description = "Counts of accepted, rejected and "
            + "pending rows, and one page of row results (filter with status), each with its claim id or its "
            + "field errors. The batch is COMPLETED when no row is pending.")
    BatchView show(@Parameter(hidden = true) AuthenticatedCreditor creditor, @PathVariable UUID batchId,
                   @RequestParam(required = false) @Pattern(regexp = "PENDING|ACCEPTED|REJECTED",
                           message = "must be PENDING, ACCEPTED or REJECTED") String status,
                   @RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(defaultValue = "1000") @Min(1) @Max(10_000) int size) {
        return view(creditor, batchId, status, page, size);
    }

    private BatchView view(AuthenticatedCreditor creditor, UUID batchId, String status, int page, int size) {
        BatchSummary summary = batches.summary(creditor.id(), batchId)
                .orElseThrow(() -> new BatchNotFoundException(batchId));
        return BatchView.of(summary, page, size, batches.results(batchId, status, page * size, size));
    }

    static class BatchNotFoundException extends NotFoundException {

        BatchNotFoundException(UUID id) {
            super("No claim batch with id " + id);
        }
    }
}
