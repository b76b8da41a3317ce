package fi.saatava.gateway.process;

import java.util.UUID;

import fi.saatava.gateway.letters.LetterVoiding;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of every letter-send task: when the task was cancelled (payment, dispute, withdrawal, insolvency…)
 * before its letter went out, voids the letter so a late dispatch report for it is refused. A completed task, or a
 * letter already dispatched, is left alone. No fee is charged yet, so there is none to reverse.
 */
@Component(ProcessContract.Delegates.CANCEL_UNSENT_LETTER)
class CancelUnsentLetterListener implements ExecutionListener {

    private final LetterVoiding voiding;

    CancelUnsentLetterListener(LetterVoiding voiding) {
        this.voiding = voiding;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            return;
        }
        Object letterId = execution.getVariableLocal(ProcessContract.Variables.LETTER_ID);
        if (letterId instanceof String id) {
            voiding.voidUnlessDispatched(UUID.fromString(id));
        }
    }
}
