package fi.saatava.worker.kit.http;

import java.net.URI;

import feign.Response;
import feign.codec.ErrorDecoder;

/**
 * Maps an error answer to a retryable or a permanent exception. The message names the system, the status and the
 * request path only, never the body: an answer may echo personal data, and the message ends up in Cockpit.
 */
public class RemoteErrorDecoder implements ErrorDecoder {

    private final String system;

    public RemoteErrorDecoder(String system) {
        this.system = system;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        String message = system + " answered " + status + " to " + response.request().httpMethod() + " "
                + URI.create(response.request().url()).getPath();
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return new RemoteUnavailableException(status, message);
        }
        return new RemoteRejectedException(status, message);
    }
}
