package fi.saatava.gateway.process;

import java.util.UUID;

import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.letters.DraftDecision;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Business collection, after the demand: sets {@code nextCollectionStep} TRATTA when the agency wants a tratta and
 * the law allows one (PerintäL 7 § 1–3 mom, spec §2.7), else SECOND_DEMAND.
 */
@Component(ProcessContract.Delegates.CHOOSE_DRAFT_OR_SECOND_DEMAND)
class ChooseDraftOrSecondDemandDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ChooseDraftOrSecondDemandDelegate.class);

    private final ClaimRepository claims;
    private final DraftDecision drafts;

    ChooseDraftOrSecondDemandDelegate(ClaimRepository claims, DraftDecision drafts) {
        this.claims = claims;
        this.drafts = drafts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID claimId = ProcessVariables.claimId(execution);
        String step = drafts.afterFirstDemand(claims.require(claimId));
        execution.setVariable(ProcessContract.Variables.NEXT_COLLECTION_STEP, step);
        log.info("Claim {}: after the demand, {}", claimId, step);
    }
}
