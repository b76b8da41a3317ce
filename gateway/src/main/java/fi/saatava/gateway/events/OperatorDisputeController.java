package fi.saatava.gateway.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.saatava.gateway.claims.ClaimNotFoundException;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.claims.RequestFingerprint;
import fi.saatava.gateway.openapi.ApiExamples;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' record of a dispute the debtor made straight to the agency (by phone, e-mail or letter). It is
 * recorded exactly as a creditor's DISPUTE_NOTICE, marked as the operator's: the claim's process takes
 * saatava.disputeRaised, the timeline shows it and the acknowledgement names the day it was received (PerintäL 4 b §).
 */
@RestController
@RequestMapping(path = "/api/admin/claims/{claimId}/disputes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Claim events")
class OperatorDisputeController {

    private final CreditorEvents events;
    private final ClaimRepository claims;
    private final CreditorEventViews views;
    private final RequestFingerprint fingerprint;

    OperatorDisputeController(CreditorEvents events, ClaimRepository claims, CreditorEventViews views,
                              RequestFingerprint fingerprint) {
        this.events = events;
        this.claims = claims;
        this.views = views;
        this.fingerprint = fingerprint;
    }

    /** @param receivedOn the day the debtor's dispute reached the agency */
    record DisputeRequest(@NotNull LocalDate receivedOn, @NotBlank @Size(max = 1000) String description) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a dispute the debtor made to the agency", description = """
            Recorded as a DISPUTE_NOTICE event by the operator: the claim's process hears saatava.disputeRaised and \
            collection stops until the dispute is assessed. The same dispute again (same day and description) answers \
            200 with the first result. A claim whose process cannot take a dispute now (e.g. it is closed) answers \
            409 and nothing is recorded.""")
    ResponseEntity<CreditorEventView> record(@PathVariable UUID claimId,
                                             @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
                                             @Content(schema = @Schema(implementation = DisputeRequest.class),
                                                     examples = @ExampleObject(name = "OPERATOR_DISPUTE",
                                                             value = ApiExamples.OPERATOR_DISPUTE)))
                                             @Valid @RequestBody DisputeRequest request) {
        claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        CreditorEvents.Recorded recorded = events.record(claimId, new CreditorEventRequest.DisputeNotice(
                reference(request), request.receivedOn(), request.description()), RecordedBy.OPERATOR);
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(views.of(recorded.event(), Map.of()));
    }

    /**
     * The operator has no reference of its own: one derived from the content makes a retried request a replay
     * rather than a second dispute.
     */
    private String reference(DisputeRequest request) {
        return "OPERATOR-" + request.receivedOn() + "-"
                + fingerprint.of(List.of(request.receivedOn(), request.description())).substring(0, 16);
    }
}
