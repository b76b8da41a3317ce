package fi.saatava.gateway.process;

import fi.saatava.gateway.legal.InsolvencyProceedings;
import fi.saatava.process.ProcessContract;
import fi.saatava.process.ProcessContract.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that collection is frozen for the proceedings (or the death) named by {@code insolvencyStatus}. */
@Component(ProcessContract.Delegates.FREEZE_COLLECTION)
class FreezeCollectionDelegate implements JavaDelegate {

    private final InsolvencyProceedings proceedings;

    FreezeCollectionDelegate(InsolvencyProceedings proceedings) {
        this.proceedings = proceedings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proceedings.freeze(ProcessVariables.claimId(execution),
                ProcessVariables.requiredString(execution, Variables.INSOLVENCY_STATUS, false));
    }
}
