package fi.saatava.worker.insolvency;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.insolvency.gateway.InsolvencyClaim;
import fi.saatava.worker.insolvency.gateway.InsolvencyGatewayClient;
import fi.saatava.worker.insolvency.register.InsolvencyRegisterClient;
import fi.saatava.worker.insolvency.register.Lodging;
import fi.saatava.worker.insolvency.register.LodgingReceipt;
import fi.saatava.worker.kit.filing.FilingReceipt;
import fi.saatava.worker.kit.filing.FilingReceiptClient;
import fi.saatava.worker.kit.filing.FilingRequest;
import fi.saatava.worker.kit.task.ExternalTaskTemplate;
import fi.saatava.worker.kit.task.TaskVariables;
import fi.saatava.worker.kit.task.TaskWorker;

/**
 * Lodges the claim in the debtor's bankruptcy, debt adjustment, restructuring or estate (spec §11) with the amounts the
 * gateway prepared (KonkL 12:7), once per task (filing id = task id). A late lodging is still made, as the law allows
 * until the distribution list is confirmed (KonkL 12:16); its fee goes to the gateway with the receipt.
 */
@ExternalTaskSubscription(topicName = Topics.INSOLVENCY_CLAIM_LODGE,
        variableNames = {Variables.CLAIM_ID, Variables.INSOLVENCY_STATUS})
public class LodgeInsolvencyClaimWorker extends TaskWorker {

    private static final Logger log = LoggerFactory.getLogger(LodgeInsolvencyClaimWorker.class);

    private final InsolvencyGatewayClient gateway;
    private final InsolvencyRegisterClient register;
    private final FilingReceiptClient receipts;

    public LodgeInsolvencyClaimWorker(ExternalTaskTemplate template, InsolvencyGatewayClient gateway,
            InsolvencyRegisterClient register, FilingReceiptClient receipts) {
        super(template);
        this.gateway = gateway;
        this.register = register;
        this.receipts = receipts;
    }

    @Override
    protected Map<String, Object> work(ExternalTask task) {
        String claimId = TaskVariables.requiredUuid(task, Variables.CLAIM_ID).toString();
        String procedure = TaskVariables.requiredString(task, Variables.INSOLVENCY_STATUS);
        String filingId = task.getId();
        InsolvencyClaim claim = gateway.insolvencyClaim(claimId, new FilingRequest(filingId));
        LodgingChecks.check(claim, procedure);
        LodgingReceipt receipt = register.lodge(filingId, Lodging.of(claim));
        String authority = claim.administrator() == null ? "insolvency administrator" : claim.administrator().name();
        receipts.record(filingId, new FilingReceipt(authority, receipt.lodgingId(), receipt.receivedAt(),
                receipt.lateFee()));
        if (receipt.late()) {
            log.warn("Claim {} lodged late in {} {} as {} (late fee {})", claimId, procedure,
                    receipt.procedureCaseNumber(), receipt.lodgingId(), receipt.lateFee());
        } else {
            log.info("Claim {} lodged in {} {} as {}", claimId, procedure, receipt.procedureCaseNumber(),
                    receipt.lodgingId());
        }
        return Map.of();
    }
}
