package fi.saatava.worker.insolvency.register;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.worker.insolvency.gateway.InsolvencyClaim;
import fi.saatava.worker.insolvency.gateway.InsolvencyClaim.Administrator;
import fi.saatava.worker.insolvency.gateway.InsolvencyClaim.Cost;
import fi.saatava.worker.insolvency.gateway.InsolvencyClaim.Document;
import fi.saatava.worker.insolvency.gateway.InsolvencyClaim.InterestAfterStart;
import fi.saatava.worker.insolvency.gateway.InsolvencyClaim.InterestBeforeStart;
import fi.saatava.worker.kit.party.Debtor;
import fi.saatava.worker.kit.party.Organisation;

/**
 * A lodged claim as the administrator's interface takes it (KonkL 12:7): the gateway's claim with the creditor's own
 * reference (the claim id) and whom to contact (the agency).
 */
public record Lodging(
        String procedure,
        String procedureCaseNumber,
        LocalDate procedureStartDate,
        LocalDate lodgingDeadline,
        Administrator administrator,
        String creditorReference,
        Organisation creditor,
        Debtor debtor,
        String principal,
        InterestBeforeStart interestBeforeStart,
        InterestAfterStart interestAfterStart,
        List<Cost> costs,
        String total,
        String basis,
        String priority,
        String security,
        List<Document> documents,
        Contact contact) {

    /** The creditor's contact for the administrator's questions (KonkL 12:7). */
    public record Contact(String name, String email, String phone) {
    }

    public static Lodging of(InsolvencyClaim claim) {
        Organisation agent = claim.agent();
        return new Lodging(claim.procedure(), claim.procedureCaseNumber(), claim.procedureStartDate(),
                claim.lodgingDeadline(), claim.administrator(), claim.claimId(), claim.creditor(), claim.debtor(),
                claim.principal(), claim.interestBeforeStart(), claim.interestAfterStart(), claim.costs(),
                claim.total(), claim.basis(), claim.priority(), claim.security(), claim.documents(),
                new Contact(agent.name(), agent.email(), agent.phone()));
    }
}
