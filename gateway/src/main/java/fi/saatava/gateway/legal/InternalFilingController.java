package fi.saatava.gateway.legal;

import java.time.Instant;
import java.util.UUID;

import fi.saatava.law.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legal workers' side of a filing (docs/contracts.md, "Filings"); HTTP basic like the rest of
 * {@code /api/internal}. A prepare call answers 201 with the document the first time and 200 with the same text later.
 */
@RestController
@RequestMapping(path = "/api/internal", produces = MediaType.APPLICATION_JSON_VALUE)
class InternalFilingController {

    private final Filings filings;
    private final DraftDocuments drafts;

    InternalFilingController(Filings filings, DraftDocuments drafts) {
        this.filings = filings;
        this.drafts = drafts;
    }

    /** The claim's tratta as it was sent, for the credit bureau's register; 404 before one was sent. */
    @GetMapping("/claims/{claimId}/draft")
    DraftDocuments.DraftDocument draft(@PathVariable UUID claimId) {
        return drafts.of(claimId);
    }

    /** @param filingId the id of the external task that files the document */
    record FilingRequest(@NotBlank String filingId) {
    }

    @PostMapping(path = "/claims/{claimId}/summons-applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> summonsApplication(@PathVariable UUID claimId, @Valid @RequestBody FilingRequest request) {
        return prepared(filings.prepare(claimId, request.filingId(), FilingKind.SUMMONS));
    }

    @PostMapping(path = "/claims/{claimId}/enforcement-applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> enforcementApplication(@PathVariable UUID claimId,
                                                  @Valid @RequestBody FilingRequest request) {
        return prepared(filings.prepare(claimId, request.filingId(), FilingKind.ENFORCEMENT));
    }

    @PostMapping(path = "/claims/{claimId}/insolvency-claims", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> insolvencyClaim(@PathVariable UUID claimId, @Valid @RequestBody FilingRequest request) {
        return prepared(filings.prepare(claimId, request.filingId(), FilingKind.INSOLVENCY_CLAIM));
    }

    /**
     * @param reference the court's case number, the enforcement case number or the administrator's lodging id
     * @param fee       a fee the authority charged for the filing, e.g. a late lodging fee (KonkL 12:16), else null
     */
    record ReceiptRequest(@NotBlank String authority, @NotBlank String reference, @NotNull Instant receivedAt,
                          @Pattern(regexp = "\\d{1,9}\\.\\d{2}", message = "must be an amount with two decimals")
                          String fee) {
    }

    @PostMapping(path = "/filings/{filingId}/receipt", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> receipt(@PathVariable String filingId, @Valid @RequestBody ReceiptRequest request) {
        filings.recordReceipt(filingId, new Filing.Receipt(request.authority(), request.reference(),
                request.receivedAt(), request.fee() == null ? null : Money.of(request.fee())));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<String> prepared(Filings.Prepared prepared) {
        return ResponseEntity.status(prepared.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .contentType(MediaType.APPLICATION_JSON).body(prepared.document());
    }
}
