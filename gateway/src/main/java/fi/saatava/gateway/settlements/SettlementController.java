package fi.saatava.gateway.settlements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.problem.NotFoundException;
import fi.saatava.gateway.security.AuthenticatedCreditor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The creditor API: its settlements, each with its claims and its reports (CSV and PDF). */
@RestController
@RequestMapping("/api/v1/settlements")
class SettlementController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final Settlements settlements;

    SettlementController(Settlements settlements) {
        this.settlements = settlements;
    }

    /** A settlement; amounts are strings with two decimals. */
    record SettlementView(UUID id, LocalDate settledOn, String principal, String interest, String collectionCosts,
                          String creditorCostShare, String commission, String remittanceFees, String net,
                          String payeeIban, Instant createdAt, List<LineView> lines) {

        static SettlementView of(Settlement settlement, List<LineView> lines) {
            return new SettlementView(settlement.id(), settlement.settledOn(), settlement.principal().toString(),
                    settlement.interest().toString(), settlement.costs().toString(),
                    settlement.creditorCostShare().toString(), settlement.commission().toString(),
                    settlement.remittanceFees().toString(), settlement.net().toString(), settlement.payeeIban(), settlement.createdAt(), lines);
        }
    }

    record LineView(UUID claimId, String principal, String interest, String collectionCosts,
                    String creditorCostShare, String commission, String fixedFee, String remittanceFees,
                    String net) {

        static LineView of(SettlementLine line) {
            return new LineView(line.claimId(), line.principal().toString(), line.interest().toString(),
                    line.costs().toString(), line.creditorCostShare().toString(), line.commission().toString(),
                    line.fixedFee().toString(), line.remittanceFees().toString(), line.net().toString());
        }
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The creditor's settlements, newest first (without their lines)")
    List<SettlementView> list(@Parameter(hidden = true) AuthenticatedCreditor creditor) {
        return settlements.ofCreditor(creditor.id()).stream()
                .map(settlement -> SettlementView.of(settlement, null)).toList();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A settlement with one line per claim")
    SettlementView show(@Parameter(hidden = true) AuthenticatedCreditor creditor, @PathVariable UUID id) {
        Settlement settlement = owned(creditor, id);
        return SettlementView.of(settlement, settlements.lines(id).stream().map(LineView::of).toList());
    }

    @GetMapping("/{id}/report.csv")
    ResponseEntity<byte[]> csv(@Parameter(hidden = true) AuthenticatedCreditor creditor, @PathVariable UUID id) {
        owned(creditor, id);
        return download(settlements.csv(id).orElseThrow(), CSV, "settlement-" + id + ".csv");
    }

    @GetMapping("/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@Parameter(hidden = true) AuthenticatedCreditor creditor, @PathVariable UUID id) {
        owned(creditor, id);
        return download(settlements.pdf(id).orElseThrow(), MediaType.APPLICATION_PDF, "settlement-" + id + ".pdf");
    }

    private Settlement owned(AuthenticatedCreditor creditor, UUID id) {
        return settlements.findOfCreditor(creditor.id(), id).orElseThrow(() -> new SettlementNotFound(id));
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(content);
    }

    static class SettlementNotFound extends NotFoundException {
        SettlementNotFound(UUID id) {
            super("There is no settlement " + id + " of this creditor");
        }
    }
}
