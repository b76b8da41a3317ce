package fi.saatava.gateway.process;

import java.util.UUID;

import fi.saatava.gateway.settlements.Settlements;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Settlement run: sets {@code creditorId} to the next creditor with funds to settle, or null when none is left. */
@Component(ProcessContract.Delegates.FIND_CREDITOR_TO_SETTLE)
class FindCreditorToSettleDelegate implements JavaDelegate {

    private final Settlements settlements;

    FindCreditorToSettleDelegate(Settlements settlements) {
        this.settlements = settlements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessContract.Variables.CREDITOR_ID,
                settlements.nextCreditor(runId(execution)).map(UUID::toString).orElse(null));
    }

    static UUID runId(DelegateExecution execution) {
        return UUID.fromString(ProcessVariables.requiredString(execution, ProcessContract.Variables.SETTLEMENT_RUN_ID,
                false));
    }
}
