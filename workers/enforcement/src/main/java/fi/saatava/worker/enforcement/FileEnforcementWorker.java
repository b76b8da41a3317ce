package fi.saatava.worker.enforcement;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.enforcement.authority.AuthorityApplication;
import fi.saatava.worker.enforcement.authority.EnforcementAuthorityClient;
import fi.saatava.worker.enforcement.authority.EnforcementReceipt;
import fi.saatava.worker.enforcement.gateway.EnforcementApplication;
import fi.saatava.worker.enforcement.gateway.EnforcementGatewayClient;
import fi.saatava.worker.kit.filing.FilingReceipt;
import fi.saatava.worker.kit.filing.FilingReceiptClient;
import fi.saatava.worker.kit.filing.FilingRequest;
import fi.saatava.worker.kit.task.ExternalTaskTemplate;
import fi.saatava.worker.kit.task.PermanentFailureException;
import fi.saatava.worker.kit.task.TaskVariables;
import fi.saatava.worker.kit.task.TaskWorker;

/**
 * Files the claim's enforcement application with the enforcement authority (spec §9, UK 3:2). The filing id is this
 * task's id, so a retry after a crash (even after the authority accepted) opens no second case. Completes with the
 * variables the authority's events are correlated by ({@link EnforcementOutcomePoller}); a re-filing in
 * post-collection is a new task, hence a new filing whose events start from zero.
 */
@ExternalTaskSubscription(topicName = Topics.ENFORCEMENT_FILE, variableNames = Variables.CLAIM_ID)
public class FileEnforcementWorker extends TaskWorker {

    private static final Logger log = LoggerFactory.getLogger(FileEnforcementWorker.class);

    private final EnforcementGatewayClient gateway;
    private final EnforcementAuthorityClient authority;
    private final FilingReceiptClient receipts;

    public FileEnforcementWorker(ExternalTaskTemplate template, EnforcementGatewayClient gateway,
            EnforcementAuthorityClient authority, FilingReceiptClient receipts) {
        super(template);
        this.gateway = gateway;
        this.authority = authority;
        this.receipts = receipts;
    }

    @Override
    protected Map<String, Object> work(ExternalTask task) {
        String claimId = TaskVariables.requiredUuid(task, Variables.CLAIM_ID).toString();
        String filingId = task.getId();
        EnforcementApplication application = gateway.enforcementApplication(claimId, new FilingRequest(filingId));
        if (application.passiveRegistration() && application.summaryEnforcement()) {
            throw new PermanentFailureException("Passive registration cannot be requested with summary enforcement "
                    + "(UK 3:105); the gateway's enforcement application asks for both");
        }
        EnforcementReceipt receipt = authority.file(filingId, AuthorityApplication.of(application));
        receipts.record(filingId, new FilingReceipt(receipt.office(), receipt.caseNumber(), receipt.receivedAt(), null));
        log.info("Enforcement application for claim {} filed with {} as case {} (filing {})", claimId,
                receipt.office(), receipt.caseNumber(), filingId);
        return Map.of(Variables.ENFORCEMENT_FILING_ID, filingId, Variables.ENFORCEMENT_OUTCOME_COUNT, 0);
    }
}
