package fi.saatava.gateway.process;

import fi.saatava.gateway.legal.EnforcementOutcomeBooking;
import fi.saatava.gateway.legal.EnforcementOutcomeRecord;
import fi.saatava.process.ProcessContract;
import fi.saatava.process.ProcessContract.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Books the enforcement authority's report the enforcement worker correlated; for a no-assets certificate sets
 * {@code passiveRegistrationEndsAt}, the day the passive registration ends (UK 3:102: 2 years after the certificate).
 */
@Component(ProcessContract.Delegates.RECORD_ENFORCEMENT_OUTCOME)
class RecordEnforcementOutcomeDelegate implements JavaDelegate {

    private final EnforcementOutcomeBooking booking;

    RecordEnforcementOutcomeDelegate(EnforcementOutcomeBooking booking) {
        this.booking = booking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EnforcementOutcomeRecord outcome = booking.book(ProcessVariables.claimId(execution),
                new EnforcementOutcomeBooking.Report(
                        ProcessVariables.optionalString(execution, Variables.ENFORCEMENT_FILING_ID),
                        ProcessVariables.requiredString(execution, Variables.ENFORCEMENT_OUTCOME, false),
                        ProcessVariables.optionalString(execution, Variables.ENFORCEMENT_CASE_NUMBER),
                        ProcessVariables.optionalMoney(execution, Variables.COLLECTED_AMOUNT),
                        ProcessVariables.optionalMoney(execution, Variables.REMITTANCE_FEE),
                        ProcessVariables.optionalDate(execution, Variables.REMITTANCE_DATE),
                        ProcessVariables.optionalDate(execution, Variables.CERTIFICATE_DATE)),
                execution.getActivityInstanceId());
        if (outcome.passiveRegistrationEndsOn() != null) {
            execution.setVariable(Variables.PASSIVE_REGISTRATION_ENDS_AT,
                    ProcessVariables.startOfDay(outcome.passiveRegistrationEndsOn()));
        }
    }
}
