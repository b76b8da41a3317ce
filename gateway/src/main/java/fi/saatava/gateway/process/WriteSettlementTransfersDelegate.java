package fi.saatava.gateway.process;

import fi.saatava.gateway.settlements.Settlements;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Settlement run: one pain.001.001.03 file paying the run's settlements from the client-funds account. */
@Component(ProcessContract.Delegates.WRITE_SETTLEMENT_TRANSFERS)
class WriteSettlementTransfersDelegate implements JavaDelegate {

    private final Settlements settlements;

    WriteSettlementTransfersDelegate(Settlements settlements) {
        this.settlements = settlements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        settlements.writeTransfers(FindCreditorToSettleDelegate.runId(execution));
    }
}
