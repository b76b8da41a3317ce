package fi.saatava.gateway.process;

import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the claim with the local input {@code closeReason}; no further letters or costs follow. */
@Component(ProcessContract.Delegates.CLOSE_CLAIM)
class CloseClaimDelegate implements JavaDelegate {

    private final ClaimEvents events;

    CloseClaimDelegate(ClaimEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.close(ProcessVariables.claimId(execution),
                ProcessVariables.requiredString(execution, ProcessContract.Variables.CLOSE_REASON, true));
    }
}
