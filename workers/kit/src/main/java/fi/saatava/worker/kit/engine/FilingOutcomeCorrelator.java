package fi.saatava.worker.kit.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.saatava.worker.kit.engine.ProcessInstanceQuery.VariableCondition;
import fi.saatava.worker.kit.http.RemoteRejectedException;

/**
 * Correlates an outside system's outcome to the claim's process exactly once, using the engine itself as the
 * record of what was delivered: the message matches only an instance whose filing variable is the outcome's filing
 * and whose counter says the outcomes before this one were taken, and it raises the counter in the same
 * transaction. A repeated outcome (the worker died before acknowledging it, or two pollers saw it) therefore finds
 * nothing to match, and the follow-up queries only tell why, so the caller knows whether to acknowledge it.
 */
public class FilingOutcomeCorrelator {

    static final int NO_MATCH = 400;
    static final int NOT_FOUND = 404;

    private final EngineRestClient engine;

    public FilingOutcomeCorrelator(EngineRestClient engine) {
        this.engine = engine;
    }

    public Correlation correlate(FilingOutcome outcome) {
        Map<String, TypedValue> keys = new LinkedHashMap<>();
        keys.put(outcome.filingVariable(), TypedValue.of(outcome.filingId()));
        keys.put(outcome.counterVariable(), TypedValue.of(outcome.sequence() - 1));
        Map<String, TypedValue> variables = new LinkedHashMap<>();
        outcome.variables().forEach((name, value) -> variables.put(name, TypedValue.of(value)));
        variables.put(outcome.counterVariable(), TypedValue.of(outcome.sequence()));
        try {
            engine.correlate(new MessageCorrelation(outcome.messageName(), outcome.businessKey(), keys, variables));
            return Correlation.CORRELATED;
        } catch (RemoteRejectedException e) {
            if (e.status() != NO_MATCH) {
                throw e;
            }
        }
        return whyNoMatch(outcome);
    }

    private Correlation whyNoMatch(FilingOutcome outcome) {
        VariableCondition thisFiling = new VariableCondition(outcome.filingVariable(), "eq", outcome.filingId());
        if (running(outcome, List.of(thisFiling,
                new VariableCondition(outcome.counterVariable(), "gteq", outcome.sequence())))) {
            return Correlation.ALREADY_CORRELATED;
        }
        if (filingTaskOpen(outcome.filingId())) {
            return Correlation.FILING_PENDING;
        }
        return running(outcome, List.of(thisFiling)) ? Correlation.NOT_WAITING : Correlation.NO_PROCESS;
    }

    private boolean running(FilingOutcome outcome, List<VariableCondition> conditions) {
        return !engine.processInstances(new ProcessInstanceQuery(outcome.businessKey(), conditions)).isEmpty();
    }

    private boolean filingTaskOpen(String filingId) {
        try {
            engine.externalTask(filingId);
            return true;
        } catch (RemoteRejectedException e) {
            if (e.status() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}
