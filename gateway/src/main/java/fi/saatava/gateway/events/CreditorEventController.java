package fi.saatava.gateway.events;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import fi.saatava.gateway.openapi.ApiExamples;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.saatava.gateway.claims.ClaimNotFoundException;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.security.AuthenticatedCreditor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The creditor API: what the creditor reports about its claim, and what became of each report. */
@RestController
@RequestMapping(path = "/api/v1/claims/{claimId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Claim events")
class CreditorEventController {

    private final CreditorEvents events;
    private final ClaimRepository claims;
    private final LedgerService ledger;
    private final CreditorEventViews views;

    CreditorEventController(CreditorEvents events, ClaimRepository claims, LedgerService ledger,
                            CreditorEventViews views) {
        this.events = events;
        this.claims = claims;
        this.ledger = ledger;
        this.views = views;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report an event on a claim", description = """
            DIRECT_PAYMENT (the debtor paid the creditor: booked as a payment allocated by law; the process hears \
            saatava.paymentReceived, or saatava.claimPaidInFull when nothing is owed any more), CREDIT_NOTE (the \
            principal goes down; same messages), ADDITIONAL_CLAIM (a further overdue invoice; no message: the next \
            letter itemises it), WITHDRAWAL (saatava.claimWithdrawn: collection stops and the claim is closed) and \
            DISPUTE_NOTICE (saatava.disputeRaised: collection stops until the dispute is assessed). The \
            eventReference makes a report safe to retry: the same report again answers 200 with the first result, \
            different content under the same reference answers 409. A withdrawal or dispute the claim's process \
            cannot take now (e.g. the claim is closed) answers 409 and nothing is recorded.""")
    ResponseEntity<CreditorEventView> report(@Parameter(hidden = true) AuthenticatedCreditor creditor,
                                             @PathVariable UUID claimId,
                                             @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
                                             @Content(schema = @Schema(implementation = CreditorEventRequest.class),
                                                     examples = {
                                                     @ExampleObject(name = "DIRECT_PAYMENT",
                                                             value = ApiExamples.DIRECT_PAYMENT),
                                                     @ExampleObject(name = "CREDIT_NOTE", value = ApiExamples.CREDIT_NOTE),
                                                     @ExampleObject(name = "ADDITIONAL_CLAIM",
                                                             value = ApiExamples.ADDITIONAL_CLAIM),
                                                     @ExampleObject(name = "WITHDRAWAL", value = ApiExamples.WITHDRAWAL),
                                                     @ExampleObject(name = "DISPUTE_NOTICE",
                                                             value = ApiExamples.DISPUTE_NOTICE)}))
                                             @Valid @RequestBody CreditorEventRequest request) {
        ownClaim(creditor, claimId);
        CreditorEvents.Recorded recorded;
        try {
            recorded = events.record(claimId, request, RecordedBy.CREDITOR);
        } catch (DuplicateKeyException concurrentReport) {
            recorded = events.record(claimId, request, RecordedBy.CREDITOR);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().build().toUri();
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location)
                .body(views.of(recorded.event(), entriesOf(claimId)));
    }

    @GetMapping
    @Operation(summary = "The events reported on a claim, oldest first")
    List<CreditorEventView> list(@Parameter(hidden = true) AuthenticatedCreditor creditor,
                                 @PathVariable UUID claimId) {
        ownClaim(creditor, claimId);
        Map<UUID, LedgerEntry> entries = entriesOf(claimId);
        return events.ofClaim(claimId).stream().map(event -> views.of(event, entries)).toList();
    }

    private void ownClaim(AuthenticatedCreditor creditor, UUID claimId) {
        claims.findOfCreditor(creditor.id(), claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
    }

    private Map<UUID, LedgerEntry> entriesOf(UUID claimId) {
        return ledger.entries(claimId).stream().collect(Collectors.toMap(LedgerEntry::id, Function.identity()));
    }
}
