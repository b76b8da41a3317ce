package fi.saatava.gateway.problem;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the gateway's RFC 9457 problem bodies. */
public final class ProblemResponses {

    static final String ERRORS = "errors";

    private ProblemResponses() {
    }

    /** 400 naming each bad field, in field order. */
    public static ProblemDetail invalidRequest(List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                problems.size() == 1 ? "1 field is invalid" : problems.size() + " fields are invalid");
        problem.setProperty(ERRORS, problems.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList());
        return problem;
    }

    public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
