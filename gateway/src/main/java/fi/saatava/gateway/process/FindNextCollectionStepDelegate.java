package fi.saatava.gateway.process;

import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.letters.CollectionLetters;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets {@code nextCollectionStep} from the letters actually dispatched and a recorded PerintäL 4 c § request, so
 * collection that (re)starts after a dispute or a defaulted plan neither repeats nor skips a letter.
 */
@Component(ProcessContract.Delegates.FIND_NEXT_COLLECTION_STEP)
class FindNextCollectionStepDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(FindNextCollectionStepDelegate.class);

    private final ClaimRepository claims;
    private final CollectionLetters collectionLetters;

    FindNextCollectionStepDelegate(ClaimRepository claims, CollectionLetters collectionLetters) {
        this.claims = claims;
        this.collectionLetters = collectionLetters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID claimId = ProcessVariables.claimId(execution);
        Claim claim = claims.require(claimId);
        String step = collectionLetters.nextStep(claim);
        execution.setVariable(ProcessContract.Variables.NEXT_COLLECTION_STEP, step);
        log.info("Claim {}: next collection step {}", claimId, step);
    }
}
