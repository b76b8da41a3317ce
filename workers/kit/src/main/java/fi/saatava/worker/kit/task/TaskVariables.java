package fi.saatava.worker.kit.task;

import java.util.UUID;

import org.camunda.bpm.client.task.ExternalTask;

/** Reads the variables a task cannot do without; a missing or malformed one is a modelling error. */
public final class TaskVariables {

    private TaskVariables() {
    }

    public static String requiredString(ExternalTask task, String name) {
        Object value = task.getVariable(name);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new PermanentFailureException("Variable '" + name + "' is missing or not a non-empty string");
    }

    public static UUID requiredUuid(ExternalTask task, String name) {
        String text = requiredString(task, name);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new PermanentFailureException("Variable '" + name + "' is not a UUID", e);
        }
    }
}
