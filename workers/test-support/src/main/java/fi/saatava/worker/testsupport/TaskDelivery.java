package fi.saatava.worker.testsupport;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;

/**
 * One first delivery of an external task, for calling a worker's handler directly: the task (id, topic, variables,
 * no retries yet) and a mocked task service to verify how the handler ended it.
 */
public final class TaskDelivery {

    public final ExternalTask task = mock(ExternalTask.class);
    public final ExternalTaskService service = mock(ExternalTaskService.class);

    public TaskDelivery(String id, String topic, Map<String, Object> variables) {
        when(task.getId()).thenReturn(id);
        when(task.getTopicName()).thenReturn(topic);
        when(task.getRetries()).thenReturn(null);
        variables.forEach((name, value) -> when(task.getVariable(name)).thenReturn(value));
    }
}
