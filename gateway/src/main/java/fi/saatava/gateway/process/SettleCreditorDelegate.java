package fi.saatava.gateway.process;

import java.util.UUID;

import fi.saatava.gateway.settlements.Settlements;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Settlement run: settles {@code creditorId}'s client funds up to the run's cut-off, with its reports. */
@Component(ProcessContract.Delegates.SETTLE_CREDITOR)
class SettleCreditorDelegate implements JavaDelegate {

    private final Settlements settlements;

    SettleCreditorDelegate(Settlements settlements) {
        this.settlements = settlements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        settlements.settle(FindCreditorToSettleDelegate.runId(execution), UUID.fromString(
                ProcessVariables.requiredString(execution, ProcessContract.Variables.CREDITOR_ID, false)));
    }
}
