package fi.saatava.gateway.process;

import java.util.UUID;

import fi.saatava.gateway.letters.LetterPreparation;
import fi.saatava.gateway.letters.LetterType;
import fi.saatava.gateway.paymentplans.PaymentPlans;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of every letter-send task: snapshots the letter inside the engine transaction and gives the task
 * its {@code letterId} (local, so it belongs to this one letter task). Idempotent: a re-run reuses the letter.
 */
@Component(ProcessContract.Delegates.PREPARE_LETTER)
class PrepareLetterListener implements ExecutionListener {

    private final LetterPreparation preparation;
    private final PaymentPlans planLetters;

    PrepareLetterListener(LetterPreparation preparation, PaymentPlans planLetters) {
        this.preparation = preparation;
        this.planLetters = planLetters;
    }

    @Override
    public void notify(DelegateExecution execution) {
        LetterType type = LetterType.valueOf(
                ProcessVariables.requiredString(execution, ProcessContract.Variables.LETTER_TYPE, true));
        UUID claimId = ProcessVariables.claimId(execution);
        UUID letterId = preparation.prepare(claimId, type, execution.getActivityInstanceId(),
                type.aboutAPaymentPlan() ? planLetters.terms(ProcessVariables.paymentPlanId(execution)) : null);
        execution.setVariableLocal(ProcessContract.Variables.LETTER_ID, letterId.toString());
    }
}
