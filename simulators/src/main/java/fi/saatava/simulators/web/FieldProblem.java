package fi.saatava.simulators.web;

/** One bad field of a request, listed in a 400 problem's {@code errors}. */
public record FieldProblem(String field, String message) {
}
