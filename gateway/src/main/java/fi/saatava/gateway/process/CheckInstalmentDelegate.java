package fi.saatava.gateway.process;

import fi.saatava.gateway.paymentplans.PaymentPlans;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code instalmentStatus} from the payments the ledger allocated since the plan was agreed. */
@Component(ProcessContract.Delegates.CHECK_INSTALMENT)
class CheckInstalmentDelegate implements JavaDelegate {

    private final PaymentPlans plans;

    CheckInstalmentDelegate(PaymentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessContract.Variables.INSTALMENT_STATUS,
                plans.checkInstalment(ProcessVariables.paymentPlanId(execution)));
    }
}
