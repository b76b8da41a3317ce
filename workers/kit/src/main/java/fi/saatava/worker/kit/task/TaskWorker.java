package fi.saatava.worker.kit.task;

import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;

/**
 * Base of every worker class (one topic per class, annotated with {@code @ExternalTaskSubscription}): subclasses
 * implement {@link #work} and never talk to the {@link ExternalTaskService} themselves.
 */
public abstract class TaskWorker implements ExternalTaskHandler {

    private final ExternalTaskTemplate template;

    protected TaskWorker(ExternalTaskTemplate template) {
        this.template = template;
    }

    @Override
    public final void execute(ExternalTask task, ExternalTaskService service) {
        template.execute(task, service, this::work);
    }

    /**
     * Does the work of one delivery, idempotently: the same task can be delivered again after a crash or an
     * expired lock.
     *
     * @return the variables to complete the task with
     * @throws BusinessErrorException for an outcome the model catches
     * @throws PermanentFailureException for a failure that retrying cannot fix
     */
    protected abstract Map<String, Object> work(ExternalTask task) throws Exception;
}
