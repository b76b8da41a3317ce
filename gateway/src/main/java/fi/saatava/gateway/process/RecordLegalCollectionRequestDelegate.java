package fi.saatava.gateway.process;

import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a consumer's written request to suspend collection and move to legal collection (PerintäL 4 c §, spec
 * §3.7); {@code findNextCollectionStep} then answers LEGAL_COLLECTION.
 */
@Component(ProcessContract.Delegates.RECORD_LEGAL_COLLECTION_REQUEST)
class RecordLegalCollectionRequestDelegate implements JavaDelegate {

    private final ClaimEvents events;

    RecordLegalCollectionRequestDelegate(ClaimEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.recordLegalCollectionRequest(ProcessVariables.claimId(execution));
    }
}
