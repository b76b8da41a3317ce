package fi.saatava.worker.kit.task;

import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;

/** The part of a handler that does the work; returns the variables to complete the task with. */
@FunctionalInterface
public interface TaskWork {

    Map<String, Object> perform(ExternalTask task) throws Exception;
}
