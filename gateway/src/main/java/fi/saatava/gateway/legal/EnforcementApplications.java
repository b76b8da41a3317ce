package fi.saatava.gateway.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.ledger.EntryType;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.problem.ConflictException;
import fi.saatava.process.ProcessContract.CourtDecisions;
import org.springframework.stereotype.Component;

/**
 * The enforcement application of a claim with a default judgment (spec §9, UK 3:2): the judgment's amounts as the
 * summons claimed them (a default judgment awards what was claimed, OK 5:13) plus the legal costs, every payment the
 * ledger booked since the judgment (remittances included), and passive registration requested (UK 3:102), never summary enforcement.
 * The authority remits to the client-funds account with the claim's reference number as the payment reference, so
 * its bank credit confirms the remittance it reported instead of being allocated as a second payment.
 */
@Component
class EnforcementApplications implements FilingDocument {

    @Override
    public FilingKind kind() {
        return FilingKind.ENFORCEMENT;
    }


    private final FilingParties parties;
    private final LegalRecords records;
    private final LegalCollectionProgress progress;
    private final LedgerService ledger;
    private final ObjectMapper json;

    EnforcementApplications(FilingParties parties, LegalRecords records, LegalCollectionProgress progress,
                            LedgerService ledger, ObjectMapper json) {
        this.parties = parties;
        this.records = records;
        this.progress = progress;
        this.ledger = ledger;
        this.json = json;
    }

    record EnforcementApplication(String filingId, String claimId, LocalDate preparedOn,
                                  FilingParties.Organisation applicant, FilingParties.Organisation agent,
                                  FilingParties.Account remittanceAccount, String remittanceReference,
                                  FilingParties.Party respondent, Title title,
                                  List<ClaimItem> claims, List<Payment> paymentsSinceTitle,
                                  boolean passiveRegistration, boolean summaryEnforcement) {
    }

    /** @param kind DEFAULT_JUDGMENT, JUDGMENT or DIRECTLY_ENFORCEABLE */
    record Title(String kind, String court, String caseNumber, LocalDate date) {
    }

    record Payment(LocalDate date, String amount) {
    }

    @Override
    public EnforcementApplication prepare(Claim claim, String filingId, LocalDate today) {
        CourtDecisionRecord judgment = progress.judgment(claim).orElseThrow(() -> new ConflictException("Claim " + claim.id() + " has no judgment to enforce"));
        Filing summons = records.findFiling(judgment.filingId())
                .filter(filing -> filing.receipt() != null)
                .orElseThrow(() -> new ConflictException("The summons filing " + judgment.filingId() + " of claim "
                        + claim.id() + " has no receipt, so the court of the judgment is unknown"));
        List<ClaimItem> claims = new ArrayList<>(claimedIn(summons));
        claims.add(ClaimItem.amount("LEGAL_COSTS", judgment.legalCosts().toString(),
                "Legal costs per the judgment", "OK 21:8 c; OM asetus 1311/2001"));
        List<Payment> payments = ledger.entries(claim.id()).stream()
                .filter(entry -> entry.type() == EntryType.PAYMENT
                        && !entry.valueDate().isBefore(judgment.judgmentDate()))
                .map(entry -> new Payment(entry.valueDate(), entry.amount().toString()))
                .toList();
        return new EnforcementApplication(filingId, claim.id().toString(), today, parties.creditor(claim),
                parties.agent(), parties.remittanceAccount(), claim.referenceNumber(), parties.debtor(claim),
                new Title(CourtDecisions.DEFAULT_JUDGMENT, summons.receipt().authority(), judgment.caseNumber(),
                        judgment.judgmentDate()),
                claims, payments, true, false);
    }

    private List<ClaimItem> claimedIn(Filing summons) {
        try {
            JsonNode claims = json.readTree(summons.document()).path("claims");
            List<ClaimItem> items = new ArrayList<>();
            for (JsonNode item : claims) {
                items.add(json.treeToValue(item, ClaimItem.class));
            }
            return items;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The summons filing " + summons.id() + " has an unreadable document", e);
        }
    }
}
