package fi.saatava.worker.kit.http;

import fi.saatava.worker.kit.task.PermanentFailureException;

/** The other side refused the request (4xx other than 408, 425, 429): sending it again would not help. */
public class RemoteRejectedException extends PermanentFailureException {

    private final int status;

    public RemoteRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
