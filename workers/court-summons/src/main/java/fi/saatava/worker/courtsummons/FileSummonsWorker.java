package fi.saatava.worker.courtsummons;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.courtsummons.court.CourtApplication;
import fi.saatava.worker.courtsummons.court.CourtClient;
import fi.saatava.worker.courtsummons.court.SummonsReceipt;
import fi.saatava.worker.courtsummons.gateway.SummonsApplication;
import fi.saatava.worker.courtsummons.gateway.SummonsApplication.ConsumerCredit;
import fi.saatava.worker.courtsummons.gateway.SummonsGatewayClient;
import fi.saatava.worker.kit.filing.FilingReceipt;
import fi.saatava.worker.kit.filing.FilingReceiptClient;
import fi.saatava.worker.kit.filing.FilingRequest;
import fi.saatava.worker.kit.task.ExternalTaskTemplate;
import fi.saatava.worker.kit.task.PermanentFailureException;
import fi.saatava.worker.kit.task.TaskVariables;
import fi.saatava.worker.kit.task.TaskWorker;

/**
 * Files the claim's summons application with the competent district court (spec §8). The filing id is this task's
 * id: the gateway returns the same application for it and the court files it once, so a retry after a crash (even
 * after the court accepted) files nothing twice. Completes with the variables the court's decisions are correlated
 * by ({@link CourtDecisionPoller}).
 */
@ExternalTaskSubscription(topicName = Topics.SUMMONS_FILE, variableNames = Variables.CLAIM_ID)
public class FileSummonsWorker extends TaskWorker {

    private static final Logger log = LoggerFactory.getLogger(FileSummonsWorker.class);

    private final SummonsGatewayClient gateway;
    private final CourtClient court;
    private final FilingReceiptClient receipts;
    private final CompetentCourt competentCourt;
    private final String signatory;

    public FileSummonsWorker(ExternalTaskTemplate template, SummonsGatewayClient gateway, CourtClient court,
            FilingReceiptClient receipts, CourtSummonsProperties properties) {
        super(template);
        this.gateway = gateway;
        this.court = court;
        this.receipts = receipts;
        this.competentCourt = new CompetentCourt(properties.court());
        this.signatory = properties.signatory();
    }

    @Override
    protected Map<String, Object> work(ExternalTask task) {
        String claimId = TaskVariables.requiredUuid(task, Variables.CLAIM_ID).toString();
        String filingId = task.getId();
        SummonsApplication application = gateway.summonsApplication(claimId, new FilingRequest(filingId));
        requireConsumerCreditItems(application.consumerCredit());
        CompetentCourt.Choice choice = competentCourt.choose(application.defendant().domicile());
        SummonsReceipt receipt = court.file(filingId,
                CourtApplication.of(application, choice.court(), choice.jurisdiction(), signatory));
        receipts.record(filingId, new FilingReceipt(receipt.court(), receipt.caseNumber(), receipt.receivedAt(), null));
        log.info("Summons for claim {} filed with {} as case {} (filing {})", claimId, receipt.court(),
                receipt.caseNumber(), filingId);
        return Map.of(Variables.SUMMONS_FILING_ID, filingId, Variables.COURT_DECISION_COUNT, 0);
    }

    /** OK 5:3 2 mom: a consumer-credit claim the court would dismiss without these items is not filed at all. */
    private static void requireConsumerCreditItems(ConsumerCredit credit) {
        if (credit == null) {
            return;
        }
        if (credit.creditAmount() == null || credit.termDays() == null || credit.contractInterest() == null
                || credit.creditCosts() == null || credit.annualPercentageRate() == null
                || credit.contractMadeAsRequired() == null) {
            throw new PermanentFailureException("The consumer-credit items of OK 5:3 2 mom are incomplete: credit "
                    + "amount, term, contract interest, credit costs, APR and the KSL 7:17 statement are required");
        }
    }
}
