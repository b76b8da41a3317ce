package fi.saatava.gateway.process;

import fi.saatava.gateway.legal.InsolvencyProceedings;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the proceedings ended without settling the claim: interest and collection resume. */
@Component(ProcessContract.Delegates.LIFT_COLLECTION_FREEZE)
class LiftCollectionFreezeDelegate implements JavaDelegate {

    private final InsolvencyProceedings proceedings;

    LiftCollectionFreezeDelegate(InsolvencyProceedings proceedings) {
        this.proceedings = proceedings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proceedings.lift(ProcessVariables.claimId(execution));
    }
}
