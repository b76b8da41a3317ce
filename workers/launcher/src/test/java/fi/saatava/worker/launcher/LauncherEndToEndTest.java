package fi.saatava.worker.launcher;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * The launcher against a WireMock'd gateway (engine REST API and internal API) and credit bureau: the real external
 * task client fetches one task per topic, and each worker completes its task through the engine REST API.
 */
@SpringBootTest(properties = {"saatava.gateway.user=worker", "saatava.gateway.password=s3cret"})
class LauncherEndToEndTest {

    private static final String BASIC = "Basic d29ya2VyOnMzY3JldA==";
    private static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    private static final String LETTER_ID = "6f1c3a52-6c1e-4a43-9a53-0d7f1a7c2b10";

    // the client starts fetching while the context starts, before any test method: keep the stubs for the class
    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .resetOnEachTest(false).build();

    @RegisterExtension
    static WireMockExtension simulators = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .resetOnEachTest(false).build();

    @TempDir
    static Path outbox;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.simulators.url", simulators::baseUrl);
        registry.add("saatava.letters.outbox-dir", outbox::toString);
        stubEngine();
        stubGatewayAndBureau();
    }

    @Test
    void eachWorkerCompletesItsTaskThroughTheEngineRestApi() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            gateway.verify(postRequestedFor(urlEqualTo("/engine-rest/external-task/cc-task/complete"))
                    .withHeader("Authorization", equalTo(BASIC))
                    .withRequestBody(matchingJsonPath("$.variables.paymentDefaultCount.value", equalTo("0")))
                    .withRequestBody(matchingJsonPath("$.variables.paymentAbilityScore.value", equalTo("85")))
                    .withRequestBody(matchingJsonPath("$.variables.insolvencyStatus.value", equalTo("NONE"))));
            gateway.verify(postRequestedFor(urlEqualTo("/engine-rest/external-task/letter-task/complete"))
                    .withHeader("Authorization", equalTo(BASIC)));
        });
        gateway.verify(postRequestedFor(urlEqualTo("/api/internal/letters/" + LETTER_ID + "/dispatch")));
        assertThat(outbox.resolve(LETTER_ID + ".pdf")).isRegularFile();
        simulators.verify(postRequestedFor(urlEqualTo("/credit-bureau/v1/reports"))
                .withHeader("Idempotency-Key", equalTo("cc-task")));
    }

    private static void stubEngine() {
        // like the engine, hand out a task only to a fetch that subscribes its topic: the client starts fetching
        // while the context is still registering the later workers' subscriptions
        gateway.stubFor(post("/engine-rest/external-task/fetchAndLock").atPriority(10).willReturn(okJson("[]")));
        gateway.stubFor(post("/engine-rest/external-task/fetchAndLock").inScenario("engine")
                .whenScenarioStateIs(STARTED)
                .withHeader("Authorization", equalTo(BASIC))
                .withRequestBody(matchingJsonPath("$.topics[?(@.topicName == 'credit-check')]"))
                .willReturn(okJson("[" + lockedTask("cc-task", "credit-check", "claimId", CLAIM_ID) + "]"))
                .willSetStateTo("letter"));
        gateway.stubFor(post("/engine-rest/external-task/fetchAndLock").inScenario("engine")
                .whenScenarioStateIs("letter")
                .withRequestBody(matchingJsonPath("$.topics[?(@.topicName == 'letter-send')]"))
                .willReturn(okJson("[" + lockedTask("letter-task", "letter-send", "letterId", LETTER_ID) + "]"))
                .willSetStateTo("idle"));
        gateway.stubFor(post("/engine-rest/external-task/fetchAndLock").inScenario("engine")
                .whenScenarioStateIs("idle").willReturn(okJson("[]")));
        gateway.stubFor(post(urlEqualTo("/engine-rest/external-task/cc-task/complete")).willReturn(noContent()));
        gateway.stubFor(post(urlEqualTo("/engine-rest/external-task/letter-task/complete")).willReturn(noContent()));
    }

    private static void stubGatewayAndBureau() throws Exception {
        gateway.stubFor(get("/api/internal/claims/" + CLAIM_ID + "/credit-check-subject").willReturn(okJson("""
                {"debtorType":"CONSUMER","identityCode":"131052-002X","name":"Matti Meikäläinen"}""")));
        String snapshot = new ClassPathResource("snapshot.json").getContentAsString(StandardCharsets.UTF_8);
        gateway.stubFor(get("/api/internal/letters/" + LETTER_ID).willReturn(okJson(snapshot)));
        gateway.stubFor(put("/api/internal/letters/" + LETTER_ID + "/document").willReturn(noContent()));
        gateway.stubFor(post("/api/internal/letters/" + LETTER_ID + "/dispatch").willReturn(noContent()));
        simulators.stubFor(post("/credit-bureau/v1/reports").willReturn(okJson("""
                {"reportId":"CB-1","subjectType":"PERSON","paymentDefaults":[],"paymentAbilityScore":85,
                 "insolvency":"NONE"}""")));
    }

    /** A task as the engine's {@code fetchAndLock} returns it. */
    private static String lockedTask(String id, String topic, String variable, String value) {
        return """
                {"id":"%s","topicName":"%s","workerId":"w","activityId":"a","activityInstanceId":"a:1",
                 "executionId":"e","processInstanceId":"p","processDefinitionId":"consumer-collection:1:x",
                 "processDefinitionKey":"consumer-collection","businessKey":"%s","retries":null,"priority":0,
                 "lockExpirationTime":"2030-01-01T00:00:00.000+0000",
                 "variables":{"%s":{"type":"String","value":"%s","valueInfo":{}}}}"""
                .formatted(id, topic, CLAIM_ID, variable, value);
    }
}
