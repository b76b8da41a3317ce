package fi.saatava.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The request is valid but the resource is not in a state that allows it: 409 problem. */
public class ConflictException extends ErrorResponseException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT,
                ProblemResponses.problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", detail), null);
    }
}
