package fi.saatava.process.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Plays the external task workers: fetches a task the way a worker does and completes it with its results. */
public final class Workers {

    private static final String WORKER_ID = "model-test-worker";
    private static final long LOCK_MILLIS = 60_000;

    private final ExternalTaskService externalTaskService;

    public Workers(ExternalTaskService externalTaskService) {
        this.externalTaskService = externalTaskService;
    }

    /**
     * Fetches the one open task of this topic for the claim (by business key, so tasks of called processes count),
     * with every variable a worker would see.
     */
    public LockedExternalTask fetch(ProcessInstance instance, String topic) {
        List<LockedExternalTask> tasks = externalTaskService.fetchAndLock(10, WORKER_ID)
                .topic(topic, LOCK_MILLIS)
                .businessKey(instance.getBusinessKey())
                .execute();
        assertThat(tasks).as("open '%s' tasks", topic).hasSize(1);
        return tasks.get(0);
    }

    public void complete(LockedExternalTask task, Map<String, Object> results) {
        externalTaskService.complete(task.getId(), WORKER_ID, results);
    }

    /** Fetches the one open task of this topic and completes it, returning what the worker saw. */
    public LockedExternalTask fetchAndComplete(ProcessInstance instance, String topic, Map<String, Object> results) {
        LockedExternalTask task = fetch(instance, topic);
        complete(task, results);
        return task;
    }
}
