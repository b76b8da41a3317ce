package fi.saatava.worker.courtsummons;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.client.ExternalTaskClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.worker.courtsummons.app.CourtSummonsWorkerApplication;
import fi.saatava.worker.testsupport.RunningSimulators;
import fi.saatava.worker.testsupport.Samples;
import fi.saatava.worker.testsupport.ScriptedEngine;

/**
 * The kill test (issue 6): the court accepts the summons, then the task's completion fails, as if the worker or the
 * engine died at that instant. The engine delivers the task again; the court must have received the application
 * exactly once. Real external task client, real simulators over HTTP, the gateway's API and engine REST played by
 * WireMock. Then the court's decision is correlated to the claim once, and only once.
 */
@SpringBootTest(classes = CourtSummonsWorkerApplication.class, properties = {
        "camunda.bpm.client.disable-auto-fetching=true", "saatava.court-summons.decision-polling-enabled=false",
        "saatava.worker.initial-backoff=0s"})
class SummonsFilingKillTest {

    private static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    private static final String TASK_ID = "5c3e2a10-0000-4000-8000-000000000007";

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final RunningSimulators simulators = RunningSimulators.start("saatava.simulators.court.decision-delay=0s");

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.simulators.url", simulators::baseUrl);
    }

    @Autowired
    ExternalTaskClient client;

    @Autowired
    CourtDecisionPoller poller;

    @AfterEach
    void stop() {
        client.stop();
    }

    @AfterAll
    static void stopSimulators() {
        simulators.close();
    }

    @Test
    void theCourtReceivesTheSummonsOnceAlthoughTheTaskRanTwiceAndItsDecisionIsCorrelatedOnce() {
        ScriptedEngine engine = new ScriptedEngine(gateway);
        engine.deliverTwiceFailingTheFirstCompletion(Topics.SUMMONS_FILE, TASK_ID, CLAIM_ID,
                Map.of("claimId", CLAIM_ID));
        gateway.stubFor(post("/api/internal/claims/" + CLAIM_ID + "/summons-applications").willReturn(okJson(
                Samples.json("summons-application.json", "FILING", TASK_ID, "CODE", "131052-002X"))));
        gateway.stubFor(post("/api/internal/filings/" + TASK_ID + "/receipt").willReturn(noContent()));

        client.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> engine.completions(TASK_ID).size() == 2);

        List<JsonNode> filings = simulators.requests("court");
        assertThat(filings).hasSize(1);
        assertThat(filings.get(0).path("idempotencyKey").asText()).isEqualTo(TASK_ID);
        assertThat(filings.get(0).path("deliveries").asInt()).isEqualTo(2);
        assertThat(filings.get(0).path("request").path("court").asText()).isEqualTo("Itä-Uudenmaan käräjäoikeus");
        assertThat(engine.failureReports(TASK_ID)).isEqualTo(1);
        assertThat(engine.completions(TASK_ID)).allSatisfy(body -> assertThat(body)
                .contains("\"summonsFilingId\":{\"value\":\"" + TASK_ID + "\"")
                .contains("\"courtDecisionCount\":{\"value\":0"));

        gateway.stubFor(post("/engine-rest/message").willReturn(noContent()));
        assertThat(poller.poll()).isEqualTo(1);
        assertThat(poller.poll()).isZero();
        gateway.verify(1, postRequestedFor(urlEqualTo("/engine-rest/message")).withRequestBody(equalToJson("""
                {"messageName":"saatava.courtDecisionReceived","businessKey":"%s",
                 "correlationKeys":{"summonsFilingId":{"value":"%s","type":"String"}},
                 "processVariables":{"courtDecision":{"value":"DEFAULT_JUDGMENT","type":"String"},
                                     "caseNumber":{"value":"S 26/10001","type":"String"}}}"""
                .formatted(CLAIM_ID, TASK_ID), true, true)));
    }
}
