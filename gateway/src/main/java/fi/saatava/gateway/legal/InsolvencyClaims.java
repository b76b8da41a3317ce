package fi.saatava.gateway.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.ledger.Balances;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.problem.ConflictException;
import fi.saatava.law.interest.InterestTerms;
import fi.saatava.law.interest.LateInterest;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract.InsolvencyStatuses;
import org.springframework.stereotype.Component;

/**
 * The claim to lodge in the running insolvency proceedings (a valvontakirjelmä, KonkL 12:7; spec §11): the principal,
 * the interest accrued up to the day before the start, the interest after the start separately (bankruptcy and
 * estates; none in debt adjustment and restructuring, where late interest stops: VJL 16 §, YSL 15 § 2 mom), the costs
 * (collection costs and any legal costs of a judgment), the basis and the documents relied on. Refused (409) until an
 * operator has recorded the proceedings' start, lodging deadline and administrator.
 */
@Component
class InsolvencyClaims implements FilingDocument {

    private static final Set<String> INTEREST_STOPS =
            Set.of(InsolvencyStatuses.DEBT_ADJUSTMENT, InsolvencyStatuses.RESTRUCTURING);

    private final InsolvencyProceedings proceedings;
    private final FilingParties parties;
    private final LedgerService ledger;
    private final LateInterest lateInterest;
    private final LegalCollectionProgress progress;

    InsolvencyClaims(InsolvencyProceedings proceedings, FilingParties parties, LedgerService ledger,
                     LateInterest lateInterest, LegalCollectionProgress progress) {
        this.proceedings = proceedings;
        this.parties = parties;
        this.ledger = ledger;
        this.lateInterest = lateInterest;
        this.progress = progress;
    }

    @Override
    public FilingKind kind() {
        return FilingKind.INSOLVENCY_CLAIM;
    }

    record InsolvencyClaim(String filingId, String claimId, LocalDate preparedOn, String procedure,
                           String procedureCaseNumber, LocalDate procedureStartDate, LocalDate lodgingDeadline,
                           InsolvencyProceeding.Administrator administrator, FilingParties.Organisation creditor,
                           FilingParties.Organisation agent, FilingParties.Party debtor, String principal,
                           InterestBeforeStart interestBeforeStart, InterestAfterStart interestAfterStart,
                           List<Cost> costs, String total, String basis, String priority, String security,
                           List<Document> documents) {
    }

    record InterestBeforeStart(String amount, String rate, LocalDate from, LocalDate to) {
    }

    record InterestAfterStart(String rate, LocalDate from) {
    }

    record Cost(String kind, String amount, String description) {
    }

    record Document(String kind, String number, LocalDate date, String court, String caseNumber) {
    }

    @Override
    public InsolvencyClaim prepare(Claim claim, String filingId, LocalDate today) {
        InsolvencyProceeding proceeding = proceedings.running(claim.id())
                .filter(running -> running.startDate() != null && running.lodgingDeadline() != null
                        && running.administrator() != null)
                .orElseThrow(() -> new ConflictException("Claim " + claim.id() + " has no running insolvency "
                        + "proceedings with a start date, lodging deadline and administrator: record them with POST "
                        + "/api/admin/claims/" + claim.id() + "/insolvency-proceedings, then retry the lodging"));
        LocalDate dayBefore = proceeding.startDate().minusDays(1);
        Balances before = ledger.balances(claim, dayBefore);
        InterestTerms terms = claim.terms().interestTerms();
        List<Cost> costs = new ArrayList<>();
        if (before.costs().isPositive()) {
            costs.add(new Cost("COLLECTION_COST", before.costs().toString(), "Collection costs (PerintäL 10 §)"));
        }
        List<Document> documents = new ArrayList<>(List.of(new Document("INVOICE", claim.invoice().number(),
                claim.invoice().invoiceDate(), null, null)));
        progress.judgment(claim).ifPresent(judgment -> {
            costs.add(new Cost("LEGAL_COSTS", judgment.legalCosts().toString(), "Legal costs per the judgment"));
            documents.add(new Document("JUDGMENT", null, judgment.judgmentDate(), null, judgment.caseNumber()));
        });
        Money total = costs.stream().map(cost -> Money.of(cost.amount()))
                .reduce(before.principal().plus(before.interest()), Money::plus);
        boolean interestStops = INTEREST_STOPS.contains(proceeding.procedure());
        return new InsolvencyClaim(filingId, claim.id().toString(), today, proceeding.procedure(),
                proceeding.caseNumber(), proceeding.startDate(), proceeding.lodgingDeadline(),
                proceeding.administrator(), parties.creditor(claim), parties.agent(), parties.debtor(claim),
                before.principal().toString(),
                new InterestBeforeStart(before.interest().toString(), rate(dayBefore, terms),
                        claim.invoice().dueDate().plusDays(1), before.interestThrough()),
                interestStops ? null : new InterestAfterStart(rate(proceeding.startDate(), terms),
                        proceeding.startDate()),
                costs, total.toString(),
                claim.invoice().description() + ", invoice " + claim.invoice().number() + " of "
                        + claim.invoice().invoiceDate() + ", due " + claim.invoice().dueDate() + "; late interest "
                        + (claim.terms().commercialPayment() ? "KorkoL 4 a §" : "KorkoL 4 §")
                        + (interestStops ? ", stopped at the start (VJL 16 §, YSL 15 § 2 mom)" : ""),
                null, null, documents);
    }

    private String rate(LocalDate day, InterestTerms terms) {
        return ClaimItems.percent(lateInterest.rateOn(day, terms));
    }
}
