package fi.saatava.worker.draftprotest;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.draftprotest.bureau.DraftAction;
import fi.saatava.worker.draftprotest.bureau.DraftPublication;
import fi.saatava.worker.draftprotest.bureau.DraftRegistryClient;
import fi.saatava.worker.draftprotest.bureau.PublicationRequest;
import fi.saatava.worker.kit.task.ExternalTaskTemplate;
import fi.saatava.worker.kit.task.TaskVariables;
import fi.saatava.worker.kit.task.TaskWorker;

/**
 * Publishes the unpaid tratta in the credit register (spec §2.7): the model starts this task only inside the window
 * of 14 to 60 days after sending that the law engine computed, so the worker only carries it out. A tratta the bureau
 * already knows to be paid answers 409, an incident for an operator: publishing a paid claim would be unlawful.
 */
@ExternalTaskSubscription(topicName = Topics.DRAFT_PUBLISH, variableNames = {Variables.CLAIM_ID, Variables.DRAFT_ID})
public class PublishDraftWorker extends TaskWorker {

    private static final Logger log = LoggerFactory.getLogger(PublishDraftWorker.class);

    private final DraftRegistryClient bureau;

    public PublishDraftWorker(ExternalTaskTemplate template, DraftRegistryClient bureau) {
        super(template);
        this.bureau = bureau;
    }

    @Override
    protected Map<String, Object> work(ExternalTask task) {
        String claimId = TaskVariables.requiredUuid(task, Variables.CLAIM_ID).toString();
        String draftId = TaskVariables.requiredString(task, Variables.DRAFT_ID);
        DraftPublication publication = bureau.publish(draftId, DraftAction.PUBLISH.key(claimId),
                new PublicationRequest(claimId));
        log.info("Tratta {} of claim {} published as entry {} on {}", draftId, claimId, publication.entryId(),
                publication.publishedOn());
        return Map.of();
    }
}
