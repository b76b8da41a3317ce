package fi.saatava.gateway.process;

import java.util.Date;

import fi.saatava.gateway.paymentplans.PaymentPlans;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets {@code instalmentCheckAt}: the banking day after the next unpaid instalment's due date (itself moved off a
 * non-banking day, spec §16), when that day's payments are in the bank file.
 */
@Component(ProcessContract.Delegates.SCHEDULE_INSTALMENT_CHECK)
class ScheduleInstalmentCheckDelegate implements JavaDelegate {

    private final PaymentPlans plans;

    ScheduleInstalmentCheckDelegate(PaymentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessContract.Variables.INSTALMENT_CHECK_AT,
                Date.from(plans.nextCheck(ProcessVariables.paymentPlanId(execution)).toInstant()));
    }
}
