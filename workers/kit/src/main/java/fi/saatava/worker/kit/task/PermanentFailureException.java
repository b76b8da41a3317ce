package fi.saatava.worker.kit.task;

/**
 * A failure that retrying cannot fix (a missing variable, a request the other side rejected): the task goes
 * straight to an incident so an operator looks at it instead of the worker retrying in vain.
 */
public class PermanentFailureException extends RuntimeException {

    public PermanentFailureException(String message) {
        super(message);
    }

    public PermanentFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
