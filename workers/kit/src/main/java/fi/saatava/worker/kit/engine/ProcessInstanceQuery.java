package fi.saatava.worker.kit.engine;

import java.util.List;

/** Body of {@code POST /engine-rest/process-instance}: running instances by business key and variable conditions. */
public record ProcessInstanceQuery(String businessKey, List<VariableCondition> variables) {

    /** One condition on a process variable; {@code operator} is the engine's ({@code eq}, {@code gteq}, …). */
    public record VariableCondition(String name, String operator, Object value) {
    }
}
