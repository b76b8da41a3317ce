package fi.saatava.gateway.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.legal.LegalCollectionProgress;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Sets {@code legalCollectionStep}: where legal collection (re)starts, so nothing is approved or filed twice. */
@Component(ProcessContract.Delegates.FIND_LEGAL_COLLECTION_STEP)
class FindLegalCollectionStepDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(FindLegalCollectionStepDelegate.class);

    private final ClaimRepository claims;
    private final LegalCollectionProgress progress;
    private final Clock clock;

    FindLegalCollectionStepDelegate(ClaimRepository claims, LegalCollectionProgress progress, Clock clock) {
        this.claims = claims;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID claimId = ProcessVariables.claimId(execution);
        String step = progress.nextStep(claims.require(claimId), LocalDate.now(clock));
        execution.setVariable(ProcessContract.Variables.LEGAL_COLLECTION_STEP, step);
        log.info("Claim {}: next legal-collection step {}", claimId, step);
    }
}
