package fi.saatava.gateway.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.money.Money;

import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the variables the delegates rely on, failing with a message an operator can act on. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static UUID claimId(DelegateExecution execution) {
        return UUID.fromString(requiredString(execution, ProcessContract.Variables.CLAIM_ID, false));
    }

    static UUID paymentPlanId(DelegateExecution execution) {
        return UUID.fromString(requiredString(execution, ProcessContract.Variables.PAYMENT_PLAN_ID, false));
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

    /** A string variable that may be absent or null (e.g. a remittance's fields on a no-assets report). */
    static String optionalString(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value != null && !(value instanceof String)) {
            throw new IllegalStateException("Activity " + execution.getCurrentActivityId() + " needs the variable "
                    + name + " as a string, but it is " + value);
        }
        return value == null || ((String) value).isBlank() ? null : (String) value;
    }

    /** An optional ISO date (yyyy-MM-dd) variable. */
    static LocalDate optionalDate(DelegateExecution execution, String name) {
        String text = optionalString(execution, name);
        return text == null ? null : LocalDate.parse(text);
    }

    /** An optional amount variable (a string with two decimals). */
    static Money optionalMoney(DelegateExecution execution, String name) {
        String text = optionalString(execution, name);
        return text == null ? null : Money.of(text);
    }

    /** The start of a Finnish calendar day, as timers wait for it. */
    static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ClockConfiguration.FINLAND).toInstant());
    }
}
