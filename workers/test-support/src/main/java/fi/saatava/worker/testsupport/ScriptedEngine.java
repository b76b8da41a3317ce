package fi.saatava.worker.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The engine REST API of the gateway, played by WireMock for the real external task client: one task is delivered,
 * the first delivery goes wrong after the outside system had accepted the work ({@link Failure}), the worker's failure
 * report is accepted, and the task is delivered again (as the engine does after the retry back-off or an expired
 * lock), when it completes.
 */
public final class ScriptedEngine {

    private static final String SCENARIO = "redelivery";

    private final WireMockExtension engine;

    public ScriptedEngine(WireMockExtension engine) {
        this.engine = engine;
    }

    /** How the first delivery goes wrong after the outside system took the work. */
    public enum Failure {
        /** The worker's {@code complete} fails (the engine or the network broke); the worker reports a failure. */
        COMPLETION_FAILS,
        /** The worker's call times out although the outside system accepted it; the worker reports a failure. */
        CALL_TIMES_OUT
    }

    public void deliverTwice(Failure failure, String topic, String taskId, String businessKey,
            Map<String, String> variables) {
        String path = "/engine-rest/external-task/" + taskId;
        engine.stubFor(post("/engine-rest/external-task/fetchAndLock").atPriority(10)
                .willReturn(okJson("[]").withFixedDelay(200)));
        engine.stubFor(post("/engine-rest/external-task/fetchAndLock").atPriority(1).inScenario(SCENARIO)
                .whenScenarioStateIs(STARTED).willSetStateTo("delivered")
                .willReturn(okJson(task(topic, taskId, businessKey, variables, null))));
        String failing = "delivered";
        if (failure == Failure.COMPLETION_FAILS) {
            engine.stubFor(post(path + "/complete").atPriority(1).inScenario(SCENARIO)
                    .whenScenarioStateIs("delivered").willSetStateTo("completion failed")
                    .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                            .withBody("{\"type\":\"ProcessEngineException\",\"message\":\"database connection lost\"}")));
            failing = "completion failed";
        }
        engine.stubFor(post(path + "/failure").atPriority(1).inScenario(SCENARIO)
                .whenScenarioStateIs(failing).willSetStateTo("failure reported").willReturn(noContent()));
        engine.stubFor(post("/engine-rest/external-task/fetchAndLock").atPriority(1).inScenario(SCENARIO)
                .whenScenarioStateIs("failure reported").willSetStateTo("delivered again")
                .willReturn(okJson(task(topic, taskId, businessKey, variables, 3))));
        engine.stubFor(post(path + "/complete").atPriority(1).inScenario(SCENARIO)
                .whenScenarioStateIs("delivered again").willSetStateTo("completed").willReturn(noContent()));
    }

    /** The bodies of the {@code complete} calls for the task, in order. */
    public List<String> completions(String taskId) {
        return engine.findAll(postRequestedFor(urlEqualTo("/engine-rest/external-task/" + taskId + "/complete")))
                .stream().map(LoggedRequest::getBodyAsString).toList();
    }

    public int failureReports(String taskId) {
        return engine.findAll(postRequestedFor(urlEqualTo("/engine-rest/external-task/" + taskId + "/failure")))
                .size();
    }

    private static String task(String topic, String taskId, String businessKey, Map<String, String> variables,
            Integer retries) {
        String vars = variables.entrySet().stream()
                .map(e -> "\"%s\":{\"type\":\"String\",\"value\":\"%s\",\"valueInfo\":{}}".formatted(e.getKey(),
                        e.getValue()))
                .collect(Collectors.joining(","));
        return """
                [{"activityId":"task","activityInstanceId":"task:1","errorMessage":null,"errorDetails":null,
                  "executionId":"execution-1","id":"%s","lockExpirationTime":"2030-01-01T00:00:00.000+0000",
                  "createTime":"2026-02-02T08:00:00.000+0000",
                  "processDefinitionId":"legal-collection:1:1","processDefinitionKey":"legal-collection",
                  "processDefinitionVersionTag":null,"processInstanceId":"process-1","tenantId":null,
                  "retries":%s,"workerId":"worker","priority":0,"topicName":"%s","businessKey":"%s",
                  "variables":{%s},"extensionProperties":{}}]"""
                .formatted(taskId, retries, topic, businessKey, vars);
    }
}
