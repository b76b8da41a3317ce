package fi.saatava.gateway.claimstatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.gateway.claims.ClaimNotFoundException;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.events.CreditorEvents;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.letters.LetterRepository;
import fi.saatava.gateway.process.ProcessStateReader;
import fi.saatava.gateway.security.AuthenticatedCreditor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The creditor API: where a claim stands, what it owes, what happened to it, and its letters. */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Claims")
class ClaimStatusController {

    private final ClaimRepository claims;
    private final ClaimProgressRepository progress;
    private final ProcessStateReader processStates;
    private final LetterRepository letters;
    private final ClaimEvents claimEvents;
    private final CreditorEvents creditorEvents;
    private final LedgerService ledger;
    private final Clock clock;

    ClaimStatusController(ClaimRepository claims, ClaimProgressRepository progress, ProcessStateReader processStates,
                          LetterRepository letters, ClaimEvents claimEvents, CreditorEvents creditorEvents,
                          LedgerService ledger, Clock clock) {
        this.claims = claims;
        this.progress = progress;
        this.processStates = processStates;
        this.letters = letters;
        this.claimEvents = claimEvents;
        this.creditorEvents = creditorEvents;
        this.ledger = ledger;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show a claim", description = "Status and stage, balances on asOf (default today; late "
            + "interest included through that day where its reference rate is known), the next scheduled step and "
            + "the timeline. Another creditor's claim is 404.")
    ClaimView show(@Parameter(hidden = true) AuthenticatedCreditor creditor, @PathVariable UUID id,
                   @Parameter(description = "the day the balances are computed for, yyyy-MM-dd")
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Claim claim = claims.findOfCreditor(creditor.id(), id).orElseThrow(() -> new ClaimNotFoundException(id));
        var claimLetters = letters.summaries(id);
        var notices = claimEvents.notices(id);
        return ClaimView.of(claim, progress.progress(id),
                ledger.balances(claim, asOf == null ? LocalDate.now(clock) : asOf),
                ClaimTimeline.of(claim, ledger.entries(id), claimLetters, creditorEvents.ofClaim(id), notices),
                processStates.read(claim.processInstanceId()), claimLetters, notices);
    }

    @GetMapping
    @Operation(summary = "List the creditor's claims", description = "Newest first, filtered by status, stage, "
            + "debtor type, the day received and the invoice's due date; paginated with page (from 0) and size.")
    ClaimPage list(@Parameter(hidden = true) AuthenticatedCreditor creditor,
                   @Valid @ModelAttribute ClaimQuery query) {
        return progress.page(creditor.id(), query);
    }

    @GetMapping(path = "/{id}/letters/{letterId}", produces = {"application/pdf", "application/problem+json"})
    @Operation(summary = "Download a letter as sent (PDF)")
    ResponseEntity<byte[]> letter(@Parameter(hidden = true) AuthenticatedCreditor creditor, @PathVariable UUID id,
                                  @PathVariable UUID letterId) {
        claims.findOfCreditor(creditor.id(), id).orElseThrow(() -> new ClaimNotFoundException(id));
        byte[] pdf = letters.document(id, letterId).orElseThrow(() -> new LetterDocumentNotFoundException(letterId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"letter-" + letterId + ".pdf\"")
                .body(pdf);
    }
}
