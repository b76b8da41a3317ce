package fi.saatava.worker.kit.http;

/** The other side could not answer now (5xx, 408, 425, 429): the task is retried with back-off. */
public class RemoteUnavailableException extends RuntimeException {

    private final int status;

    public RemoteUnavailableException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
