package fi.saatava.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Something the request names does not exist: answered 404 application/problem+json. */
public class NotFoundException extends ErrorResponseException {

    protected NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND,
                ProblemResponses.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", detail), null);
    }
}
