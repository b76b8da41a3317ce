package fi.saatava.worker.draftprotest;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.draftprotest.bureau.DraftAction;
import fi.saatava.worker.draftprotest.bureau.DraftRegistryClient;
import fi.saatava.worker.draftprotest.bureau.PaymentNotice;
import fi.saatava.worker.draftprotest.bureau.PaymentNoticeReceipt;
import fi.saatava.worker.draftprotest.gateway.DraftGatewayClient;
import fi.saatava.worker.kit.task.ExternalTaskTemplate;
import fi.saatava.worker.kit.task.TaskVariables;
import fi.saatava.worker.kit.task.TaskWorker;

/**
 * Tells the registry that the claim was paid, so it removes the claim's payment-default entries within a month
 * (LTL 18 § 2 mom, 28 § 2 mom; spec §10). Sent without delay once the claim is paid in full.
 */
@ExternalTaskSubscription(topicName = Topics.DEFAULT_ENTRY_REMOVE, variableNames = Variables.CLAIM_ID)
public class RemoveDefaultEntryWorker extends TaskWorker {

    private static final Logger log = LoggerFactory.getLogger(RemoveDefaultEntryWorker.class);

    private final DraftGatewayClient gateway;
    private final DraftRegistryClient bureau;

    public RemoveDefaultEntryWorker(ExternalTaskTemplate template, DraftGatewayClient gateway,
            DraftRegistryClient bureau) {
        super(template);
        this.gateway = gateway;
        this.bureau = bureau;
    }

    @Override
    protected Map<String, Object> work(ExternalTask task) {
        String claimId = TaskVariables.requiredUuid(task, Variables.CLAIM_ID).toString();
        PaymentNoticeReceipt receipt = bureau.paymentNotice(DraftAction.REMOVE.key(claimId),
                PaymentNotice.of(gateway.paymentNotice(claimId)));
        log.info("Payment notice {} for claim {}: entries {} to be removed by {}", receipt.noticeId(), claimId,
                receipt.removedEntries(), receipt.removalDueBy());
        return Map.of();
    }
}
