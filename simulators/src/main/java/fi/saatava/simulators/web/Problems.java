package fi.saatava.simulators.web;

import java.util.List;

import org.springframework.http.HttpStatus;

import fi.saatava.simulators.recording.SimulatedResponse;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 answers for bad input, naming each bad field. */
public final class Problems {

    private Problems() {
    }

    /** A 404 answer for an unknown resource (a decision or event id, a draft id). */
    public static ResponseEntity<Object> notFound(String detail) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail));
    }

    public static SimulatedResponse badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems);
        return new SimulatedResponse(HttpStatus.BAD_REQUEST.value(), problem);
    }
}
