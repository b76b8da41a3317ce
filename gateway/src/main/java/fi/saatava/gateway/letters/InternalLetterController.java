package fi.saatava.gateway.letters;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.problem.FieldProblem;
import fi.saatava.gateway.problem.ProblemResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The letters worker's side of a letter (docs/contracts.md, internal API); HTTP basic, see security. */
@RestController
@RequestMapping(path = "/api/internal/letters/{letterId}", produces = MediaType.APPLICATION_JSON_VALUE)
class InternalLetterController {

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private final LetterSnapshots snapshots;
    private final LetterDelivery delivery;

    InternalLetterController(LetterSnapshots snapshots, LetterDelivery delivery) {
        this.snapshots = snapshots;
        this.delivery = delivery;
    }

    @GetMapping
    ObjectNode snapshot(@PathVariable UUID letterId) {
        return snapshots.snapshot(letterId);
    }

    /** 201 when stored, 200 when the letter already had a document (kept; this body is ignored). */
    @PutMapping(path = "/document", consumes = LetterDelivery.PDF)
    ResponseEntity<Void> storeDocument(@PathVariable UUID letterId, @RequestBody byte[] pdf) {
        if (!isPdf(pdf)) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidRequest(
                    List.of(new FieldProblem("body", "must be a PDF document"))), null);
        }
        boolean stored = delivery.storeDocument(letterId, pdf);
        return ResponseEntity.status(stored ? HttpStatus.CREATED : HttpStatus.OK).build();
    }

    record DispatchRequest(@NotNull DispatchChannel channel, @NotNull OffsetDateTime dispatchedAt) {
    }

    record DispatchResponse(UUID letterId, DispatchChannel channel, Instant dispatchedAt) {
    }

    @PostMapping(path = "/dispatch", consumes = MediaType.APPLICATION_JSON_VALUE)
    DispatchResponse dispatch(@PathVariable UUID letterId, @Valid @RequestBody DispatchRequest request) {
        Dispatch recorded = delivery.dispatch(
                new Dispatch(letterId, request.channel(), request.dispatchedAt().toInstant()));
        return new DispatchResponse(recorded.letterId(), recorded.channel(), recorded.dispatchedAt());
    }

    private static boolean isPdf(byte[] body) {
        return body != null && body.length > PDF_MAGIC.length
                && Arrays.equals(body, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }
}
