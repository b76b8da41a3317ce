package fi.saatava.worker.enforcement.authority;

import java.util.List;

import fi.saatava.worker.enforcement.gateway.EnforcementApplication;
import fi.saatava.worker.enforcement.gateway.EnforcementApplication.Account;
import fi.saatava.worker.enforcement.gateway.EnforcementApplication.Payment;
import fi.saatava.worker.enforcement.gateway.EnforcementApplication.Title;
import fi.saatava.worker.kit.filing.ClaimItem;
import fi.saatava.worker.kit.party.Debtor;
import fi.saatava.worker.kit.party.Organisation;

/**
 * An enforcement application as the authority's interface takes it (UK 3:2; spec §9): applicant, agent, remittance
 * account and the payment reference to remit with, respondent, the title's identifiers, the amounts, the payments since the title with their dates, and the
 * requests for passive registration or summary enforcement. {@code applicantReference} is the claim id.
 */
public record AuthorityApplication(
        String applicantReference,
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

    public static AuthorityApplication of(EnforcementApplication application) {
        return new AuthorityApplication(application.claimId(), application.applicant(), application.agent(),
                application.remittanceAccount(), application.remittanceReference(), application.respondent(),
                application.title(), application.claims(), application.paymentsSinceTitle(),
                application.passiveRegistration(), application.summaryEnforcement());
    }
}
