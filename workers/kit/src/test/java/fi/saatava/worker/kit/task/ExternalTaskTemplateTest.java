package fi.saatava.worker.kit.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class ExternalTaskTemplateTest {

    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5));

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ExternalTaskTemplate template = new ExternalTaskTemplate(POLICY, new TaskMetrics(registry));
    private final ExternalTaskService service = mock(ExternalTaskService.class);
    private final ExternalTask task = mock(ExternalTask.class);

    @BeforeEach
    void task() {
        when(task.getId()).thenReturn("task-1");
        when(task.getTopicName()).thenReturn("credit-check");
        when(task.getBusinessKey()).thenReturn("claim-1");
        // a task that never failed has no retries yet (Mockito would answer 0)
        when(task.getRetries()).thenReturn(null);
    }

    @Test
    void completesWithTheVariablesOfTheWork() {
        template.execute(task, service, t -> Map.of("paymentAbilityScore", 42));

        verify(service).complete(task, Map.of("paymentAbilityScore", 42));
        verify(service, never()).handleFailure(eq(task), anyString(), anyString(), anyInt(), anyLong());
        assertThat(count("completed")).isEqualTo(1);
    }

    @Test
    void businessOutcomeBecomesBpmnErrorWithItsVariables() {
        template.execute(task, service, t -> {
            throw new BusinessErrorException("DEBTOR_DECEASED", "the debtor died", Map.of("deathDate", "2025-01-02"));
        });

        verify(service).handleBpmnError(task, "DEBTOR_DECEASED", "the debtor died", Map.of("deathDate", "2025-01-02"));
        verify(service, never()).complete(eq(task), anyMap());
        assertThat(count("bpmn_error")).isEqualTo(1);
    }

    @Test
    void firstFailureKeepsTheConfiguredRetriesAndWaitsTheInitialBackoff() {
        template.execute(task, service, t -> {
            throw new IllegalStateException("gateway down");
        });

        verify(service).handleFailure(eq(task), eq("IllegalStateException: gateway down"), anyString(), eq(3),
                eq(10_000L));
        assertThat(count("retry")).isEqualTo(1);
    }

    @Test
    void laterFailuresCountDownAndBackOffExponentially() {
        when(task.getRetries()).thenReturn(2);

        template.execute(task, service, t -> {
            throw new IllegalStateException("still down");
        });

        // third failure: 1 retry left, waiting 10 s × 2² = 40 s
        verify(service).handleFailure(eq(task), anyString(), anyString(), eq(1), eq(40_000L));
    }

    @Test
    void lastFailureRaisesAnIncidentWithMessageAndStackTrace() {
        when(task.getRetries()).thenReturn(1);

        template.execute(task, service, t -> {
            throw new IllegalStateException("gave up");
        });

        ArgumentCaptor<String> details = ArgumentCaptor.forClass(String.class);
        verify(service).handleFailure(eq(task), eq("IllegalStateException: gave up"), details.capture(), eq(0),
                eq(0L));
        assertThat(details.getValue())
                .contains("java.lang.IllegalStateException: gave up")
                .contains("at " + ExternalTaskTemplateTest.class.getName());
        assertThat(count("incident")).isEqualTo(1);
    }

    @Test
    void permanentFailureRaisesAnIncidentAtOnce() {
        template.execute(task, service, t -> {
            throw new PermanentFailureException("variable letterId missing");
        });

        verify(service).handleFailure(eq(task), eq("PermanentFailureException: variable letterId missing"),
                anyString(), eq(0), eq(0L));
        assertThat(count("incident")).isEqualTo(1);
    }

    @Test
    void aFailingCompleteIsReportedAsFailure() {
        doThrow(new IllegalStateException("complete refused")).when(service).complete(eq(task), anyMap());

        template.execute(task, service, t -> Map.of());

        verify(service).handleFailure(eq(task), eq("IllegalStateException: complete refused"), anyString(), eq(3),
                eq(10_000L));
    }

    @Test
    void aFailureThatCannotBeReportedDoesNotEscape() {
        doThrow(new IllegalStateException("engine unreachable")).when(service)
                .handleFailure(eq(task), anyString(), anyString(), anyInt(), anyLong());

        template.execute(task, service, t -> {
            throw new IllegalStateException("boom");
        });

        assertThat(count("unreported")).isEqualTo(1);
    }

    private long count(String outcome) {
        var timer = registry.find(TaskMetrics.NAME).tag("topic", "credit-check").tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }
}
