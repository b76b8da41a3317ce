package fi.saatava.gateway.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Turns a body Jackson could not read into a problem naming the field, or saying the JSON is malformed. */
public final class JsonProblems {

    private JsonProblems() {
    }

    static ProblemDetail of(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        JsonParseException syntaxError = syntaxError(cause);
        Optional<FieldProblem> field = fieldProblem(cause);
        if (field.isPresent()) {
            return ProblemResponses.invalidRequest(List.of(field.get()));
        }
        String detail = syntaxError != null && syntaxError.getLocation() != null
                ? "The body is not valid JSON (line " + syntaxError.getLocation().getLineNr() + ", column "
                        + syntaxError.getLocation().getColumnNr() + ")"
                : "The body is missing or not valid JSON";
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                detail);
    }

    /**
     * The field a JSON document could not be bound at, with what is wrong there; empty when the document is not JSON
     * at all (then there is no field to name).
     */
    public static Optional<FieldProblem> fieldProblem(Throwable cause) {
        if (cause instanceof InvalidTypeIdException typeId) {
            String path = path(typeId);
            return Optional.of(new FieldProblem(path.isEmpty() ? "type" : path + ".type",
                    "is missing or names no known type"));
        }
        if (syntaxError(cause) == null && cause instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            return Optional.of(new FieldProblem(path(mapping), message(mapping)));
        }
        return Optional.empty();
    }

    /** Jackson wraps a syntax error met while binding a field into a mapping error; it is still malformed JSON. */
    private static JsonParseException syntaxError(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return parse;
            }
        }
        return null;
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String message(JsonMappingException exception) {
        if (exception instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target == LocalDate.class) {
                return "must be a date in the form yyyy-MM-dd";
            }
            if (target == OffsetDateTime.class) {
                return "must be a timestamp with an offset, e.g. 2025-12-10T10:00:00+02:00";
            }
            if (target == Boolean.class || target == boolean.class) {
                return "must be true or false";
            }
            if (target == String.class) {
                return "must be a string";
            }
            if (target.isEnum()) {
                return "must be one of " + List.of(target.getEnumConstants());
            }
        }
        return "has the wrong type or format";
    }
}
