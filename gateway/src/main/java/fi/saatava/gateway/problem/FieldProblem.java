package fi.saatava.gateway.problem;

/**
 * One bad field of a request.
 *
 * @param field dotted path from the body's root, e.g. {@code debtor.address.postalCode}
 */
public record FieldProblem(String field, String message) {
}
