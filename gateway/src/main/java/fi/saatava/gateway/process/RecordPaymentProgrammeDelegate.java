package fi.saatava.gateway.process;

import java.time.LocalDate;

import fi.saatava.gateway.legal.InsolvencyProceedings;
import fi.saatava.process.ProcessContract;
import fi.saatava.process.ProcessContract.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Books the confirmed payment programme whose last day the operator recorded ({@code programmeEndDate}) and sets
 * {@code programmeEndsAt}, when its end is checked: that day, moved to the next banking day.
 */
@Component(ProcessContract.Delegates.RECORD_PAYMENT_PROGRAMME)
class RecordPaymentProgrammeDelegate implements JavaDelegate {

    private final InsolvencyProceedings proceedings;

    RecordPaymentProgrammeDelegate(InsolvencyProceedings proceedings) {
        this.proceedings = proceedings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate endDate = LocalDate.parse(
                ProcessVariables.requiredString(execution, Variables.PROGRAMME_END_DATE, false));
        LocalDate checkOn = proceedings.recordProgramme(ProcessVariables.claimId(execution), endDate);
        execution.setVariable(Variables.PROGRAMME_ENDS_AT, ProcessVariables.startOfDay(checkOn));
    }
}
