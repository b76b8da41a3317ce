package fi.saatava.gateway.process;

import fi.saatava.gateway.paymentplans.PaymentPlans;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets {@code paymentPlanCheck}: the plan's fee by collection-law (10 a § 1 mom 7 k, 10 e § 1 mom 6 k, the plan count
 * of 10 c § / 10 g §) and the operators' limits, which decide whether an operator must approve it.
 */
@Component(ProcessContract.Delegates.CHECK_PAYMENT_PLAN)
class CheckPaymentPlanDelegate implements JavaDelegate {

    private final PaymentPlans plans;

    CheckPaymentPlanDelegate(PaymentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessContract.Variables.PAYMENT_PLAN_CHECK,
                plans.check(ProcessVariables.paymentPlanId(execution)));
    }
}
