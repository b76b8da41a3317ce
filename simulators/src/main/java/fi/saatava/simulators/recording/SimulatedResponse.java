package fi.saatava.simulators.recording;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** What a simulated system answers: a status and a JSON body (a problem detail for errors). */
public record SimulatedResponse(int status, Object body) {

    public static SimulatedResponse of(HttpStatus status, Object body) {
        return new SimulatedResponse(status.value(), body);
    }

    public static SimulatedResponse problem(HttpStatus status, String detail) {
        return new SimulatedResponse(status.value(), ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** A 5xx answer is not the final result for its idempotency key: the next delivery is handled afresh. */
    public boolean isTransientFailure() {
        return status >= 500;
    }
}
