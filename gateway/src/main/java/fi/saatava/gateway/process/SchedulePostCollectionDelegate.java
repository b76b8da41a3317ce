package fi.saatava.gateway.process;

import java.util.UUID;

import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.legal.PostCollectionPlanner;
import fi.saatava.gateway.legal.PostCollectionStepRecord;
import fi.saatava.process.ProcessContract;
import fi.saatava.process.ProcessContract.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code postCollectionStep} and {@code postCollectionStepAt}: the next post-collection step and its day. */
@Component(ProcessContract.Delegates.SCHEDULE_POST_COLLECTION)
class SchedulePostCollectionDelegate implements JavaDelegate {

    private final ClaimRepository claims;
    private final PostCollectionPlanner planner;

    SchedulePostCollectionDelegate(ClaimRepository claims, PostCollectionPlanner planner) {
        this.claims = claims;
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID claimId = ProcessVariables.claimId(execution);
        PostCollectionStepRecord next = planner.planNext(claims.require(claimId), execution.getActivityInstanceId());
        execution.setVariable(Variables.POST_COLLECTION_STEP, next.step());
        execution.setVariable(Variables.POST_COLLECTION_STEP_AT, ProcessVariables.startOfDay(next.dueOn()));
    }
}
