package fi.saatava.gateway.process;

import fi.saatava.gateway.legal.CourtDecisionBooking;
import fi.saatava.process.ProcessContract;
import fi.saatava.process.ProcessContract.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Books the court's decision the court-summons worker correlated (docs/contracts.md, courtDecisionReceived). */
@Component(ProcessContract.Delegates.RECORD_COURT_DECISION)
class RecordCourtDecisionDelegate implements JavaDelegate {

    private final CourtDecisionBooking booking;

    RecordCourtDecisionDelegate(CourtDecisionBooking booking) {
        this.booking = booking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        booking.book(ProcessVariables.claimId(execution),
                ProcessVariables.optionalString(execution, Variables.SUMMONS_FILING_ID),
                ProcessVariables.requiredString(execution, Variables.COURT_DECISION, false),
                ProcessVariables.optionalDate(execution, Variables.JUDGMENT_DATE),
                ProcessVariables.optionalString(execution, Variables.CASE_NUMBER),
                execution.getActivityInstanceId());
    }
}
