package fi.saatava.worker.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.client.ExternalTaskClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import fi.saatava.worker.testsupport.ScriptedEngine.Failure;

/**
 * Base of the kill tests (issue 6): a filing worker's real external task client gets a task from the scripted
 * engine ({@link ScriptedEngine}), files with the real simulators, and the delivery fails after the authority
 * accepted (the completion fails, or the call times out); the task comes back and completes. The authority must have received the filing exactly once. The
 * subclass is a {@code @SpringBootTest} of the worker's application with
 * {@code camunda.bpm.client.disable-auto-fetching=true} and its polling disabled.
 */
public abstract class FilingKillTest {

    protected static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";

    @RegisterExtension
    protected static final WireMockExtension gateway = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    /**
     * Decisions and events are due at once; a slow debtor's first answer comes after 2 s (a subclass that tests the
     * timeout sets its client's read timeout below that). Closed with the JVM.
     */
    protected static final RunningSimulators simulators = RunningSimulators.start(
            "saatava.simulators.court.decision-delay=0s", "saatava.simulators.enforcement.outcome-delay=0s",
            "saatava.simulators.slow-response=2s");

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.simulators.url", simulators::baseUrl);
        registry.add("saatava.worker.initial-backoff", () -> "0s");
    }

    @Autowired
    private ExternalTaskClient client;

    protected final ScriptedEngine engine = new ScriptedEngine(gateway);

    @BeforeEach
    void freshSimulators() {
        simulators.reset();
    }

    @AfterEach
    void stopFetching() {
        client.stop();
    }

    /**
     * Runs the task twice as described and checks the authority's record of it.
     *
     * @param preparePath the gateway's prepare-a-filing path the worker calls, answered with {@code prepared}
     * @param system      the simulated system that must have received the filing once
     * @return the authority's record of the filing ({@code GET /simulator/requests})
     */
    protected JsonNode fileTwiceAndExpectOneFiling(Failure failure, String topic, String taskId, String preparePath,
            String prepared, String system) {
        return fileTwiceAndExpectOneFiling(failure, topic, taskId, Map.of("claimId", CLAIM_ID), preparePath, prepared,
                system);
    }

    /** As above, for a task with more variables than the claim id. */
    protected JsonNode fileTwiceAndExpectOneFiling(Failure failure, String topic, String taskId,
            Map<String, String> variables, String preparePath, String prepared, String system) {
        engine.deliverTwice(failure, topic, taskId, CLAIM_ID, variables);
        gateway.stubFor(post(preparePath).willReturn(okJson(prepared)));
        gateway.stubFor(post("/api/internal/filings/" + taskId + "/receipt").willReturn(noContent()));

        client.start();
        int completions = failure == Failure.COMPLETION_FAILS ? 2 : 1;
        await().atMost(Duration.ofSeconds(60)).until(() -> engine.completions(taskId).size() == completions);

        List<JsonNode> filings = simulators.requests(system);
        assertThat(filings).hasSize(1);
        JsonNode filing = filings.get(0);
        assertThat(filing.path("idempotencyKey").asText()).isEqualTo(taskId);
        assertThat(filing.path("deliveries").asInt()).as("delivered twice, taken once").isEqualTo(2);
        assertThat(engine.failureReports(taskId)).isEqualTo(1);
        return filing;
    }
}
