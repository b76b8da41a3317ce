package fi.saatava.process.support;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.process.ProcessContract.CourtDecisions;
import fi.saatava.process.ProcessContract.EnforcementOutcomes;
import fi.saatava.process.ProcessContract.Messages;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Plays the court-summons and enforcement workers exactly as docs/contracts.md describes them: a filing completes
 * with its filing id and a zero counter, and each later outcome is correlated with {filing id, counter} as
 * correlation keys while raising the counter, so a repeated outcome matches nothing.
 */
public final class CourtAndEnforcement {

    private final ProcessEngine engine;
    private final ClaimDriver driver;

    public CourtAndEnforcement(ProcessEngine engine, ClaimDriver driver) {
        this.engine = engine;
        this.driver = driver;
    }

    /** Completes the open summons-file task (after its async continuation) as filing {@code filingId}. */
    public LockedExternalTask fileSummons(ProcessInstance claim, String filingId) {
        driver.continueAsync(claim);
        LockedExternalTask filing = driver.fetch(claim, Topics.SUMMONS_FILE);
        driver.complete(filing, Map.of(Variables.SUMMONS_FILING_ID, filingId, Variables.COURT_DECISION_COUNT, 0));
        return filing;
    }

    /** Completes the open enforcement-file task (after its async continuation) as filing {@code filingId}. */
    public LockedExternalTask fileEnforcement(ProcessInstance claim, String filingId) {
        driver.continueAsync(claim);
        LockedExternalTask filing = driver.fetch(claim, Topics.ENFORCEMENT_FILE);
        assertThat(filing.getVariables()).containsKey(Variables.CLAIM_ID);
        driver.complete(filing,
                Map.of(Variables.ENFORCEMENT_FILING_ID, filingId, Variables.ENFORCEMENT_OUTCOME_COUNT, 0));
        return filing;
    }

    /** The court's {@code seen + 1}-th decision on the filing. */
    public void courtDecides(ProcessInstance claim, String filingId, int seen, String decision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.COURT_DECISION, decision);
        variables.put(Variables.JUDGMENT_DATE, CourtDecisions.DEFAULT_JUDGMENT.equals(decision) ? "2025-06-10" : null);
        variables.put(Variables.CASE_NUMBER, "L 25/1234");
        correlate(claim, Messages.COURT_DECISION_RECEIVED, Variables.SUMMONS_FILING_ID, filingId,
                Variables.COURT_DECISION_COUNT, seen, variables);
    }

    /** The enforcement authority's {@code seen + 1}-th event on the filing. */
    public void enforcementReports(ProcessInstance claim, String filingId, int seen, String outcome) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.ENFORCEMENT_OUTCOME, outcome);
        variables.put(Variables.ENFORCEMENT_CASE_NUMBER, "UO 25/777");
        boolean remittance = !EnforcementOutcomes.NO_ASSETS.equals(outcome);
        variables.put(Variables.COLLECTED_AMOUNT, remittance ? "120.00" : null);
        variables.put(Variables.REMITTANCE_FEE, remittance ? "1.74" : null);
        variables.put(Variables.REMITTANCE_DATE, remittance ? "2025-08-01" : null);
        variables.put(Variables.CERTIFICATE_DATE, remittance ? null : "2025-08-01");
        correlate(claim, Messages.ENFORCEMENT_OUTCOME, Variables.ENFORCEMENT_FILING_ID, filingId,
                Variables.ENFORCEMENT_OUTCOME_COUNT, seen, variables);
    }

    private void correlate(ProcessInstance claim, String message, String filingVariable, String filingId,
            String counterVariable, int seen, Map<String, Object> variables) {
        variables.put(counterVariable, seen + 1);
        engine.getRuntimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(claim.getBusinessKey())
                .processInstanceVariableEquals(filingVariable, filingId)
                .processInstanceVariableEquals(counterVariable, seen)
                .setVariables(variables)
                .correlate();
    }
}
