package fi.saatava.worker.kit.task;

import java.util.Map;

/**
 * A business outcome the process model catches as a BPMN error (for example "debtor deceased"), as opposed to a
 * technical failure. Throw it only with an error code that the model has a boundary event for: Camunda silently
 * ends the execution when a BPMN error is not caught.
 */
public class BusinessErrorException extends RuntimeException {

    private final String errorCode;
    private final Map<String, Object> variables;

    public BusinessErrorException(String errorCode, String message) {
        this(errorCode, message, Map.of());
    }

    public BusinessErrorException(String errorCode, String message, Map<String, Object> variables) {
        super(message);
        this.errorCode = errorCode;
        this.variables = Map.copyOf(variables);
    }

    public String errorCode() {
        return errorCode;
    }

    public Map<String, Object> variables() {
        return variables;
    }
}
