package fi.saatava.gateway.process;

import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the local input {@code creditorNotice} on the claim, where the creditor sees it through the claim API.
 * E-mailing a creditor contact waits for creditor accounts.
 */
@Component(ProcessContract.Delegates.NOTIFY_CREDITOR)
class NotifyCreditorDelegate implements JavaDelegate {

    private final ClaimEvents events;

    NotifyCreditorDelegate(ClaimEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.notifyCreditor(ProcessVariables.claimId(execution),
                ProcessVariables.requiredString(execution, ProcessContract.Variables.CREDITOR_NOTICE, true),
                execution.getActivityInstanceId());
    }
}
