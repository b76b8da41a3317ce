package fi.saatava.worker.kit.task;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.micrometer.core.instrument.Timer;

/**
 * Runs a handler's work and always ends the delivery: {@code complete} with the work's variables,
 * {@code handleBpmnError} for a {@link BusinessErrorException}, otherwise {@code handleFailure} with the retries
 * and back-off of the {@link RetryPolicy} (an incident, with the stack trace as details, once none are left).
 * An exception escaping a handler would only be logged by the client and leave the task locked until its lock
 * expires (camunda-notes.md), so nothing escapes from here.
 */
public class ExternalTaskTemplate {

    private static final Logger log = LoggerFactory.getLogger(ExternalTaskTemplate.class);

    private final RetryPolicy retryPolicy;
    private final TaskMetrics metrics;

    public ExternalTaskTemplate(RetryPolicy retryPolicy, TaskMetrics metrics) {
        this.retryPolicy = retryPolicy;
        this.metrics = metrics;
    }

    public void execute(ExternalTask task, ExternalTaskService service, TaskWork work) {
        Timer.Sample sample = metrics.start();
        MDC.put("topic", task.getTopicName());
        MDC.put("externalTaskId", task.getId());
        MDC.put("businessKey", String.valueOf(task.getBusinessKey()));
        TaskOutcome outcome;
        try {
            outcome = finish(task, service, work);
        } catch (Exception e) {
            outcome = fail(task, service, e);
        } finally {
            MDC.remove("topic");
            MDC.remove("externalTaskId");
            MDC.remove("businessKey");
        }
        metrics.record(sample, task.getTopicName(), outcome);
    }

    private TaskOutcome finish(ExternalTask task, ExternalTaskService service, TaskWork work) throws Exception {
        try {
            Map<String, Object> variables = work.perform(task);
            service.complete(task, variables);
            log.info("Completed {} task {}", task.getTopicName(), task.getId());
            return TaskOutcome.COMPLETED;
        } catch (BusinessErrorException e) {
            service.handleBpmnError(task, e.errorCode(), e.getMessage(), e.variables());
            log.info("Ended {} task {} with BPMN error {}", task.getTopicName(), task.getId(), e.errorCode());
            return TaskOutcome.BPMN_ERROR;
        }
    }

    private TaskOutcome fail(ExternalTask task, ExternalTaskService service, Exception failure) {
        int retriesLeft = failure instanceof PermanentFailureException
                ? 0
                : retryPolicy.retriesAfterFailure(task.getRetries());
        Duration backoff = retryPolicy.backoff(retriesLeft);
        try {
            service.handleFailure(task, describe(failure), stackTrace(failure), retriesLeft, backoff.toMillis());
        } catch (RuntimeException reportFailure) {
            log.error("Could not report the failure of {} task {}; it is delivered again when its lock expires",
                    task.getTopicName(), task.getId(), reportFailure);
            return TaskOutcome.UNREPORTED;
        }
        if (retriesLeft == 0) {
            log.error("{} task {} failed with no retries left: incident raised", task.getTopicName(), task.getId(),
                    failure);
            return TaskOutcome.INCIDENT;
        }
        log.warn("{} task {} failed ({}); {} retries left, next attempt in {}", task.getTopicName(), task.getId(),
                describe(failure), retriesLeft, backoff);
        return TaskOutcome.RETRY;
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + message;
    }

    private static String stackTrace(Exception failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
