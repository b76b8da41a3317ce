package fi.saatava.worker.courtsummons.court;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.worker.courtsummons.gateway.SummonsApplication;
import fi.saatava.worker.courtsummons.gateway.SummonsApplication.ConsumerCredit;
import fi.saatava.worker.courtsummons.gateway.SummonsApplication.Defendant;
import fi.saatava.worker.courtsummons.gateway.SummonsApplication.Evidence;
import fi.saatava.worker.courtsummons.gateway.SummonsApplication.LegalCosts;
import fi.saatava.worker.kit.filing.ClaimItem;
import fi.saatava.worker.kit.party.Organisation;

/**
 * A summary summons application as the court's interface takes it (OK 5:2, 5:3; spec §8): the court and the grounds of
 * its jurisdiction, the parties, the specified claim, the facts, the evidence, the legal costs, for consumer credit
 * the extra items, and the filer's signature. {@code undisputed} is the plaintiff's statement that makes the short
 * application possible (OK 5:3 1 mom).
 */
public record CourtApplication(
        String court,
        String caseType,
        String filerReference,
        boolean undisputed,
        Organisation plaintiff,
        Organisation agent,
        Defendant defendant,
        List<ClaimItem> claims,
        String facts,
        List<Evidence> evidence,
        LegalCosts legalCosts,
        String jurisdiction,
        ConsumerCredit consumerCredit,
        Signature signature) {

    public static final String SUMMARY_MONEY_CLAIM = "SUMMARY_MONEY_CLAIM";

    /** The filer who signs electronically, and the day (the gateway's preparation date, stable across retries). */
    public record Signature(String name, LocalDate signedOn) {
    }

    public static CourtApplication of(SummonsApplication application, String court, String jurisdiction,
            String signatory) {
        return new CourtApplication(court, SUMMARY_MONEY_CLAIM, application.claimId(), true, application.plaintiff(),
                application.agent(), application.defendant(), application.claims(), application.facts(),
                application.evidence(), application.legalCosts(), jurisdiction, application.consumerCredit(),
                new Signature(signatory, application.preparedOn()));
    }
}
