package fi.saatava.worker.courtsummons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.saatava.process.ProcessContract.CourtDecisions;
import fi.saatava.process.ProcessContract.Messages;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.courtsummons.court.CourtClient;
import fi.saatava.worker.courtsummons.court.CourtDecision;
import fi.saatava.worker.kit.engine.FilingOutcome;
import fi.saatava.worker.kit.engine.FilingOutcomeCorrelator;
import fi.saatava.worker.kit.engine.OutcomePoller;
import fi.saatava.worker.kit.task.PermanentFailureException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reads the court's judgment register and correlates each decision as {@code saatava.courtDecisionReceived} to the
 * claim's process, exactly once ({@link FilingOutcomeCorrelator}), then acknowledges it to the court.
 */
public class CourtDecisionPoller extends OutcomePoller<CourtDecision> {

    private static final Set<String> DECISIONS = Set.of(CourtDecisions.DEFAULT_JUDGMENT, CourtDecisions.DISPUTED,
            CourtDecisions.DISMISSED);

    private final CourtClient court;

    public CourtDecisionPoller(FilingOutcomeCorrelator correlator, MeterRegistry registry, CourtClient court) {
        super(correlator, registry);
        this.court = court;
    }

    @Override
    protected String system() {
        return "court";
    }

    @Override
    protected List<CourtDecision> unacknowledged() {
        return court.decisions();
    }

    @Override
    protected FilingOutcome outcome(CourtDecision decision) {
        if (!DECISIONS.contains(decision.decision())) {
            throw new PermanentFailureException("unknown decision type " + decision.decision());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.COURT_DECISION, decision.decision());
        variables.put(Variables.JUDGMENT_DATE, CourtDecisions.DEFAULT_JUDGMENT.equals(decision.decision())
                ? decision.decisionDate().toString()
                : null);
        variables.put(Variables.CASE_NUMBER, decision.caseNumber());
        return new FilingOutcome(Messages.COURT_DECISION_RECEIVED, decision.filerReference(),
                Variables.SUMMONS_FILING_ID, decision.filingId(), Variables.COURT_DECISION_COUNT, decision.sequence(),
                variables);
    }

    @Override
    protected void acknowledge(CourtDecision decision) {
        court.acknowledge(decision.decisionId());
    }

    @Override
    protected String describe(CourtDecision decision) {
        return "decision " + decision.decisionId() + " (" + decision.decision() + ") in case " + decision.caseNumber();
    }
}
