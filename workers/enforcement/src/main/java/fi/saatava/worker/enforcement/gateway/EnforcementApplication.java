package fi.saatava.worker.enforcement.gateway;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.worker.kit.filing.ClaimItem;
import fi.saatava.worker.kit.party.Debtor;
import fi.saatava.worker.kit.party.Organisation;

/**
 * The enforcement application the gateway prepared for one filing ({@code POST
 * /api/internal/claims/{claimId}/enforcement-applications}, docs/contracts.md): the content UK 3:2 requires (spec §9),
 * the same document for the same filing id. {@code remittanceReference} is the payment reference the authority
 * remits with (the claim's reference number).
 */
public record EnforcementApplication(
        String filingId,
        String claimId,
        LocalDate preparedOn,
        Organisation applicant,
        Organisation agent,
        Account remittanceAccount,
        String remittanceReference,
        Debtor respondent,
        Title title,
        List<ClaimItem> claims,
        List<Payment> paymentsSinceTitle,
        boolean passiveRegistration,
        boolean summaryEnforcement) {

    /** The account the authority remits to (UK 3:2). */
    public record Account(String iban, String bic, String holder) {
    }

    /** The enforcement title: {@code kind} DEFAULT_JUDGMENT, JUDGMENT or DIRECTLY_ENFORCEABLE, and its identifiers. */
    public record Title(String kind, String court, String caseNumber, LocalDate date) {
    }

    /** A payment received since the title or the previous enforcement round (UK 3:2, 3:3). */
    public record Payment(LocalDate date, String amount) {
    }
}
