package fi.saatava.gateway.claims;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import fi.saatava.gateway.openapi.ApiExamples;
import fi.saatava.gateway.security.AuthenticatedCreditor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The creditor API: submitting a claim. */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Claims")
class ClaimController {

    private final ClaimIntake intake;

    ClaimController(ClaimIntake intake) {
        this.intake = intake;
    }

    /** What a submission answers, the first time (201) and on every replay (200). */
    record ClaimReceipt(UUID id, String creditorReference, String referenceNumber, Instant receivedAt) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a claim", description = "Stores the claim and starts its collection. The "
            + "creditorReference is the idempotency key: the same submission again answers 200 with the claim stored "
            + "first; different content under the same reference answers 409.")
    ResponseEntity<ClaimReceipt> submit(@Parameter(hidden = true) AuthenticatedCreditor creditor,
                                        @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                                schema = @Schema(implementation = ClaimRequest.class), examples = {
                                                @ExampleObject(name = "consumer", value = ApiExamples.CLAIM),
                                                @ExampleObject(name = "business", value = ApiExamples.BUSINESS_CLAIM)}))
                                        @Valid @RequestBody ClaimRequest request) {
        ClaimIntake.Submission submission;
        try {
            submission = intake.submit(creditor.id(), request);
        } catch (DuplicateKeyException concurrentSubmission) {
            submission = intake.replay(creditor.id(), request);
        }
        Claim claim = submission.claim();
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/claims/{id}")
                .buildAndExpand(claim.id()).toUri();
        return ResponseEntity.status(submission.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(location)
                .body(new ClaimReceipt(claim.id(), claim.creditorReference(), claim.referenceNumber(),
                        claim.receivedAt()));
    }
}
