package fi.saatava.gateway.batches;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.claims.ClaimRequest;
import fi.saatava.gateway.problem.FieldProblem;
import fi.saatava.gateway.problem.JsonProblems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Reads a batch row into a claim exactly as {@code POST /api/v1/claims} reads its body: the same binding (unknown
 * fields rejected) and the same validation, so a row's errors name the same fields.
 */
@Component
class BatchRowParser {

    private final ObjectMapper json;
    private final Validator validator;

    BatchRowParser(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** Either a valid claim or each bad field. */
    record Parsed(ClaimRequest claim, List<FieldProblem> problems) {
    }

    Parsed parse(BatchRow row) {
        ClaimRequest claim;
        try {
            claim = row.format() == BatchFormat.CSV
                    ? json.treeToValue(nested((ObjectNode) json.readTree(row.content())), ClaimRequest.class)
                    : json.readValue(row.content(), ClaimRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return new Parsed(null, List.of(JsonProblems.fieldProblem(unreadable)
                    .orElse(new FieldProblem("row", "is not a JSON object of a claim"))));
        }
        if (claim == null) {
            return new Parsed(null, List.of(new FieldProblem("row", "is not a JSON object of a claim")));
        }
        List<FieldProblem> problems = validator.validate(claim).stream()
                .map(BatchRowParser::problem)
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        return new Parsed(problems.isEmpty() ? claim : null, problems);
    }

    private static FieldProblem problem(ConstraintViolation<ClaimRequest> violation) {
        return new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage());
    }

    /** A CSV row's cells by dotted column name ({@code debtor.address.city}) as the claim's nested JSON. */
    private ObjectNode nested(ObjectNode cells) {
        ObjectNode claim = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = cells.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> cell = it.next();
            String[] path = cell.getKey().split("\\.");
            ObjectNode parent = claim;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.has(path[i]) && parent.get(path[i]).isObject()
                        ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
            }
            parent.set(path[path.length - 1], cell.getValue());
        }
        return claim;
    }
}
