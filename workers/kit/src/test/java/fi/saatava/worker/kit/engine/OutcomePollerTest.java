package fi.saatava.worker.kit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.saatava.worker.kit.http.RemoteUnavailableException;
import fi.saatava.worker.kit.task.PermanentFailureException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class OutcomePollerTest {

    private final FilingOutcomeCorrelator correlator = mock(FilingOutcomeCorrelator.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void acknowledgesSettledOutcomesAndKeepsTheOthersForTheNextPoll() {
        answer("e1", Correlation.CORRELATED);
        answer("e2", Correlation.FILING_PENDING);
        answer("e3", Correlation.ALREADY_CORRELATED);
        answer("e4", Correlation.NO_PROCESS);
        answer("e5", Correlation.NOT_WAITING);
        Poller poller = new Poller(List.of("e1", "e2", "e3", "e4", "e5"));

        assertThat(poller.poll()).isEqualTo(1);

        assertThat(poller.acknowledged).containsExactly("e1", "e3", "e4");
        assertThat(registry.counter(OutcomePoller.METRIC, "system", "court", "correlation", "filing_pending").count())
                .isEqualTo(1);
    }

    @Test
    void aFailureEndsTheRoundWithoutAcknowledgingTheRest() {
        answer("e1", Correlation.CORRELATED);
        when(correlator.correlate(argThat(o -> o != null && o.filingId().equals("e2"))))
                .thenThrow(new RemoteUnavailableException(503, "gateway answered 503"));
        Poller poller = new Poller(List.of("e1", "e2", "e3"));

        assertThat(poller.poll()).isEqualTo(1);

        assertThat(poller.acknowledged).containsExactly("e1");
    }

    @Test
    void anEventOutsideTheContractIsSkippedWithoutBlockingTheOthers() {
        answer("e2", Correlation.CORRELATED);
        Poller poller = new Poller(List.of("bad", "e2"));

        assertThat(poller.poll()).isEqualTo(1);

        assertThat(poller.acknowledged).containsExactly("e2");
        assertThat(registry.counter(OutcomePoller.METRIC, "system", "court", "correlation", "rejected").count())
                .isEqualTo(1);
    }

    private void answer(String event, Correlation result) {
        when(correlator.correlate(argThat(o -> o != null && o.filingId().equals(event)))).thenReturn(result);
    }

    private final class Poller extends OutcomePoller<String> {
        private final List<String> events;
        private final List<String> acknowledged = new ArrayList<>();

        Poller(List<String> events) {
            super(correlator, registry);
            this.events = events;
        }

        @Override
        protected String system() {
            return "court";
        }

        @Override
        protected List<String> unacknowledged() {
            return events;
        }

        @Override
        protected FilingOutcome outcome(String event) {
            if (event.equals("bad")) {
                throw new PermanentFailureException("unknown decision LOST");
            }
            return new FilingOutcome("saatava.courtDecisionReceived", "claim", "summonsFilingId", event,
                    "courtDecisionCount", 1, Map.of());
        }

        @Override
        protected void acknowledge(String event) {
            acknowledged.add(event);
        }

        @Override
        protected String describe(String event) {
            return "decision " + event;
        }
    }
}
