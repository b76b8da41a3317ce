package fi.saatava.simulators.script;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.simulators.recording.SimulatedResponse;
import fi.saatava.simulators.web.FieldProblem;

/** One filing operation of a simulated authority, run by {@link ScriptedIntake}. */
public interface ScriptedOperation {

    /** What is wrong with the request, one problem per field; empty when it can be handled. */
    List<FieldProblem> problems(JsonNode body);

    /** The {@link ScriptDigits} of the debtor the request is about; only asked for a request without problems. */
    int digits(JsonNode body);

    /** The effect and answer of a valid request that got through the {@link DeliveryScript}. */
    SimulatedResponse perform(String idempotencyKey, JsonNode body);

    /**
     * The usual operation: the request's own {@code party} object (type and identity code) picks the script.
     *
     * @param perform gets the idempotency key and the request
     */
    static ScriptedOperation of(Function<JsonNode, List<FieldProblem>> checks, String party,
            BiFunction<String, JsonNode, SimulatedResponse> perform) {
        return new ScriptedOperation() {
            @Override
            public List<FieldProblem> problems(JsonNode body) {
                return checks.apply(body);
            }

            @Override
            public int digits(JsonNode body) {
                return ScriptDigits.ofParty(body.path(party));
            }

            @Override
            public SimulatedResponse perform(String idempotencyKey, JsonNode body) {
                return perform.apply(idempotencyKey, body);
            }
        };
    }
}
