package fi.saatava.worker.enforcement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.saatava.process.ProcessContract.EnforcementOutcomes;
import fi.saatava.process.ProcessContract.Messages;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.enforcement.authority.EnforcementAuthorityClient;
import fi.saatava.worker.enforcement.authority.EnforcementEvent;
import fi.saatava.worker.kit.engine.FilingOutcome;
import fi.saatava.worker.kit.engine.FilingOutcomeCorrelator;
import fi.saatava.worker.kit.engine.OutcomePoller;
import fi.saatava.worker.kit.task.PermanentFailureException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reads the enforcement authority's events and correlates each as {@code saatava.enforcementOutcome} to the claim's
 * process, exactly once and in the authority's order ({@link FilingOutcomeCorrelator}), then acknowledges it.
 */
public class EnforcementOutcomePoller extends OutcomePoller<EnforcementEvent> {

    private final EnforcementAuthorityClient authority;

    public EnforcementOutcomePoller(FilingOutcomeCorrelator correlator, MeterRegistry registry,
            EnforcementAuthorityClient authority) {
        super(correlator, registry);
        this.authority = authority;
    }

    @Override
    protected String system() {
        return "enforcement";
    }

    @Override
    protected List<EnforcementEvent> unacknowledged() {
        return authority.events();
    }

    @Override
    protected FilingOutcome outcome(EnforcementEvent event) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.ENFORCEMENT_OUTCOME, event.outcome());
        variables.put(Variables.ENFORCEMENT_CASE_NUMBER, event.caseNumber());
        boolean remittance = switch (event.outcome()) {
            case EnforcementOutcomes.PAID_IN_FULL, EnforcementOutcomes.PARTIAL_REMITTANCE -> true;
            case EnforcementOutcomes.NO_ASSETS -> false;
            default -> throw new PermanentFailureException("unknown enforcement outcome " + event.outcome());
        };
        if (remittance && (event.collectedAmount() == null || event.remittanceDate() == null)) {
            throw new PermanentFailureException("a remittance without its amount or date");
        }
        if (!remittance && event.certificateDate() == null) {
            throw new PermanentFailureException("a no-assets event without its certificate date");
        }
        variables.put(Variables.COLLECTED_AMOUNT, remittance ? event.collectedAmount() : null);
        variables.put(Variables.REMITTANCE_FEE, remittance ? event.remittanceFee() : null);
        variables.put(Variables.REMITTANCE_DATE, remittance ? event.remittanceDate().toString() : null);
        variables.put(Variables.CERTIFICATE_DATE, remittance ? null : event.certificateDate().toString());
        return new FilingOutcome(Messages.ENFORCEMENT_OUTCOME, event.applicantReference(),
                Variables.ENFORCEMENT_FILING_ID, event.filingId(), Variables.ENFORCEMENT_OUTCOME_COUNT,
                event.sequence(), variables);
    }

    @Override
    protected void acknowledge(EnforcementEvent event) {
        authority.acknowledge(event.eventId());
    }

    @Override
    protected String describe(EnforcementEvent event) {
        return "event " + event.eventId() + " (" + event.outcome() + ") in case " + event.caseNumber();
    }
}
