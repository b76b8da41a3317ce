package fi.saatava.gateway.process;

import fi.saatava.gateway.settlements.Settlements;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Settlement run: records the run (once per process instance) with its cut-off; sets {@code settlementRunId}. */
@Component(ProcessContract.Delegates.OPEN_SETTLEMENT_RUN)
class OpenSettlementRunDelegate implements JavaDelegate {

    private final Settlements settlements;

    OpenSettlementRunDelegate(Settlements settlements) {
        this.settlements = settlements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessContract.Variables.SETTLEMENT_RUN_ID,
                settlements.openRun(execution.getProcessInstanceId()).toString());
    }
}
