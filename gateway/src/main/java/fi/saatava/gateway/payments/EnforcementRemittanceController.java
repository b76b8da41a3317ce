package fi.saatava.gateway.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' view of enforcement remittances (spec §9): which reported remittances still wait for the
 * authority's bank credit, and which credit confirmed the others. HTTP basic with an operator's credentials.
 */
@RestController
@RequestMapping(path = "/api/admin/enforcement-remittances", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin: payments")
class EnforcementRemittanceController {

    enum RemittanceState { UNCONFIRMED, CONFIRMED }

    /**
     * Amounts are strings with two decimals; {@code expectedOnTheBank} is what the authority transfers
     * (collected − remittance fee).
     */
    record RemittanceView(UUID claimId, String referenceNumber, String caseNumber, LocalDate remittanceDate,
                          String collectedAmount, String remittanceFee, String expectedOnTheBank, String state,
                          UUID confirmingPaymentId, LocalDate confirmedOn) {

        static RemittanceView of(EnforcementRemittances.Remittance remittance) {
            RemittanceState state = remittance.confirmingPaymentId() == null ? RemittanceState.UNCONFIRMED
                    : RemittanceState.CONFIRMED;
            return new RemittanceView(remittance.claimId(), remittance.referenceNumber(), remittance.caseNumber(),
                    remittance.remittanceDate(), remittance.collected().toString(), remittance.fee().toString(),
                    remittance.expectedOnTheBank().toString(), state.name(), remittance.confirmingPaymentId(),
                    remittance.confirmedOn());
        }
    }

    private final EnforcementRemittances remittances;

    EnforcementRemittanceController(EnforcementRemittances remittances) {
        this.remittances = remittances;
    }

    @GetMapping
    @Operation(summary = "Enforcement remittances and their bank credits", description = """
            Remittances booked from the enforcement authority's reports, newest first. UNCONFIRMED: the authority's \
            bank credit of expectedOnTheBank (collected − the remittance fee it withheld) has not come in, so the \
            money is not client funds yet and is not settled. CONFIRMED: confirmingPaymentId is that credit, \
            confirmedOn its booking date. Without state, both.""")
    List<RemittanceView> list(@RequestParam(required = false) RemittanceState state) {
        Boolean confirmed = state == null ? null : state == RemittanceState.CONFIRMED;
        return remittances.list(confirmed).stream().map(RemittanceView::of).toList();
    }
}
