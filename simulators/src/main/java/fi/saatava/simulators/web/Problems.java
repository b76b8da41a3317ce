package fi.saatava.simulators.web;

import java.util.List;

import org.springframework.http.HttpStatus;

import fi.saatava.simulators.recording.SimulatedResponse;

import org.springframework.http.ProblemDetail;

/** RFC 9457 answers for bad input, naming each bad field. */
public final class Problems {

    private Problems() {
    }

    public static SimulatedResponse badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems);
        return new SimulatedResponse(HttpStatus.BAD_REQUEST.value(), problem);
    }
}
