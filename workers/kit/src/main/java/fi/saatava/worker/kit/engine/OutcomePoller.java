package fi.saatava.worker.kit.engine;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fi.saatava.worker.kit.task.PermanentFailureException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Fetches the outcomes an outside system has not yet had acknowledged, oldest first, correlates each with
 * {@link FilingOutcomeCorrelator} and acknowledges those that are settled. An outcome that cannot be delivered yet
 * stays with the outside system and is offered again at the next poll; because the correlation itself is
 * exactly-once, a crash between correlating and acknowledging only makes the next poll acknowledge it.
 *
 * @param <E> the outside system's event type
 */
public abstract class OutcomePoller<E> {

    public static final String METRIC = "saatava.worker.outcomes";

    private static final Logger log = LoggerFactory.getLogger(OutcomePoller.class);

    private final FilingOutcomeCorrelator correlator;
    private final MeterRegistry registry;

    protected OutcomePoller(FilingOutcomeCorrelator correlator, MeterRegistry registry) {
        this.correlator = correlator;
        this.registry = registry;
    }

    /** The outside system's name, for logs and the {@value #METRIC} counter. */
    protected abstract String system();

    /** The outcomes not acknowledged yet, oldest first. */
    protected abstract List<E> unacknowledged();

    /**
     * Which message, process and variables the event becomes.
     *
     * @throws PermanentFailureException for an event outside the contract (it is skipped, not acknowledged)
     */
    protected abstract FilingOutcome outcome(E event);

    protected abstract void acknowledge(E event);

    /** Names the event in logs (its id, never personal data). */
    protected abstract String describe(E event);

    /**
     * One round. A failure (the gateway or the outside system unreachable) ends the round; the events not handled
     * are offered again at the next one.
     *
     * @return how many events were correlated now
     */
    public int poll() {
        int correlated = 0;
        try {
            for (E event : unacknowledged()) {
                FilingOutcome outcome;
                try {
                    outcome = outcome(event);
                } catch (PermanentFailureException e) {
                    // an event outside the contract must not block the others; it stays for an operator to see
                    registry.counter(METRIC, "system", system(), "correlation", "rejected").increment();
                    log.error("{} {} cannot be correlated and is left unacknowledged: {}", system(), describe(event),
                            e.getMessage());
                    continue;
                }
                Correlation result = correlator.correlate(outcome);
                registry.counter(METRIC, "system", system(), "correlation", result.name().toLowerCase(java.util.Locale.ROOT)).increment();
                if (result.settled()) {
                    acknowledge(event);
                }
                if (result == Correlation.CORRELATED) {
                    correlated++;
                }
                log(event, result);
            }
        } catch (RuntimeException e) {
            log.warn("Polling {} stopped ({}); the rest is offered again at the next poll", system(), e.toString());
        }
        return correlated;
    }

    private void log(E event, Correlation result) {
        switch (result) {
            case CORRELATED -> log.info("{} {} correlated", system(), describe(event));
            case ALREADY_CORRELATED -> log.info("{} {} had been correlated before; acknowledged", system(), describe(event));
            case NO_PROCESS -> log.warn("{} {}: no running process holds its filing; acknowledged without correlating",
                    system(), describe(event));
            default -> log.info("{} {} not deliverable yet ({}); offered again at the next poll", system(),
                    describe(event), result);
        }
    }
}
