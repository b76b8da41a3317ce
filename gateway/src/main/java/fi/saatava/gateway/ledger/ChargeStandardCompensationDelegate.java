package fi.saatava.gateway.ledger;

import java.util.UUID;

import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Business collection, after the credit check: charges the 40 € standard compensation of a late commercial payment
 * (PerintäL 10 i §) in the ledger, once per claim; a retried job charges nothing twice.
 */
@Component(ProcessContract.Delegates.CHARGE_STANDARD_COMPENSATION)
class ChargeStandardCompensationDelegate implements JavaDelegate {

    private final FeeCharging feeCharging;

    ChargeStandardCompensationDelegate(FeeCharging feeCharging) {
        this.feeCharging = feeCharging;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object claimId = execution.getVariable(ProcessContract.Variables.CLAIM_ID);
        if (!(claimId instanceof String id)) {
            throw new IllegalStateException("Activity " + execution.getCurrentActivityId() + " needs the variable "
                    + ProcessContract.Variables.CLAIM_ID + " (a string), but it is " + claimId);
        }
        feeCharging.chargeStandardCompensation(UUID.fromString(id));
    }
}
