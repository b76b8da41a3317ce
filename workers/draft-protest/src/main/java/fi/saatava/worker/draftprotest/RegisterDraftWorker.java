package fi.saatava.worker.draftprotest;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.draftprotest.bureau.DraftAction;
import fi.saatava.worker.draftprotest.bureau.DraftRegistration;
import fi.saatava.worker.draftprotest.bureau.DraftRegistrationRequest;
import fi.saatava.worker.draftprotest.bureau.DraftRegistryClient;
import fi.saatava.worker.draftprotest.gateway.DraftGatewayClient;
import fi.saatava.worker.draftprotest.gateway.SentDraft;
import fi.saatava.worker.kit.party.Debtor;
import fi.saatava.worker.kit.task.ExternalTaskTemplate;
import fi.saatava.worker.kit.task.PermanentFailureException;
import fi.saatava.worker.kit.task.TaskVariables;
import fi.saatava.worker.kit.task.TaskWorker;

/**
 * Registers the claim's sent tratta with the credit bureau (spec §2.7) and completes with the bureau's
 * {@code draftId}, which {@link PublishDraftWorker} publishes once the 14–60 day window is open.
 */
@ExternalTaskSubscription(topicName = Topics.DRAFT_REGISTER, variableNames = Variables.CLAIM_ID)
public class RegisterDraftWorker extends TaskWorker {

    private static final Logger log = LoggerFactory.getLogger(RegisterDraftWorker.class);

    private final DraftGatewayClient gateway;
    private final DraftRegistryClient bureau;

    public RegisterDraftWorker(ExternalTaskTemplate template, DraftGatewayClient gateway, DraftRegistryClient bureau) {
        super(template);
        this.gateway = gateway;
        this.bureau = bureau;
    }

    @Override
    protected Map<String, Object> work(ExternalTask task) {
        String claimId = TaskVariables.requiredUuid(task, Variables.CLAIM_ID).toString();
        SentDraft draft = gateway.draft(claimId);
        if (!Debtor.BUSINESS.equals(draft.debtor().type())) {
            throw new PermanentFailureException("A tratta may not be used against a consumer (PerintäL 7 § 2 mom); "
                    + "claim " + claimId + " has debtor type " + draft.debtor().type());
        }
        DraftRegistration registration = bureau.register(DraftAction.REGISTER.key(claimId),
                DraftRegistrationRequest.of(draft));
        log.info("Tratta of claim {} registered as {}; publishable {} to {}", claimId, registration.draftId(),
                registration.publishableFrom(), registration.publishableUntil());
        return Map.of(Variables.DRAFT_ID, registration.draftId());
    }
}
