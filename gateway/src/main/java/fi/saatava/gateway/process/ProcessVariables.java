package fi.saatava.gateway.process;

import java.util.UUID;

import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the variables the delegates rely on, failing with a message an operator can act on. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static UUID claimId(DelegateExecution execution) {
        return UUID.fromString(requiredString(execution, ProcessContract.Variables.CLAIM_ID, false));
    }

    /** @param local whether the variable is an input of the activity itself (e.g. {@code letterType}) */
    static String requiredString(DelegateExecution execution, String name, boolean local) {
        Object value = local ? execution.getVariableLocal(name) : execution.getVariable(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("Activity " + execution.getCurrentActivityId() + " needs the "
                    + (local ? "input " : "variable ") + name + " (a string), but it is " + value);
        }
        return text;
    }
}
