package fi.saatava.worker.kit.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import fi.saatava.worker.kit.http.RemoteUnavailableException;

@SpringBootTest(classes = FilingOutcomeCorrelatorTest.App.class, properties = {
        "saatava.gateway.user=worker", "saatava.gateway.password=s3cret",
        "camunda.bpm.client.disable-auto-fetching=true"})
class FilingOutcomeCorrelatorTest {

    private static final String CLAIM = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    private static final String FILING = "5c3e2a10-0000-4000-8000-000000000001";

    @RegisterExtension
    static WireMockExtension engine = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void gatewayUrl(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", engine::baseUrl);
    }

    @Autowired
    FilingOutcomeCorrelator correlator;

    private final FilingOutcome secondOutcome = outcome(2);

    @Test
    void correlatesOnlyTheNextOutcomeOfTheFilingAndCountsItInTheSameCall() {
        engine.stubFor(post("/engine-rest/message").willReturn(noContent()));

        assertThat(correlator.correlate(secondOutcome)).isEqualTo(Correlation.CORRELATED);

        engine.verify(postRequestedFor(urlEqualTo("/engine-rest/message"))
                .withHeader("Authorization", equalTo("Basic d29ya2VyOnMzY3JldA=="))
                .withRequestBody(equalToJson("""
                        {"messageName":"saatava.enforcementOutcome","businessKey":"%s",
                         "correlationKeys":{"enforcementFilingId":{"value":"%s","type":"String"},
                                            "enforcementOutcomeCount":{"value":1,"type":"Integer"}},
                         "processVariables":{"enforcementOutcome":{"value":"PAID_IN_FULL","type":"String"},
                                             "certificateDate":{"value":null,"type":"Null"},
                                             "enforcementOutcomeCount":{"value":2,"type":"Integer"}}}"""
                        .formatted(CLAIM, FILING))));
    }

    @Test
    void anOutcomeTheProcessAlreadyCountedIsNotDeliveredTwice() {
        noMatch();
        engine.stubFor(instances("""
                [{"name":"enforcementFilingId","operator":"eq","value":"%s"},
                 {"name":"enforcementOutcomeCount","operator":"gteq","value":2}]""".formatted(FILING))
                .willReturn(okJson("[{\"id\":\"pi-1\",\"businessKey\":\"" + CLAIM + "\"}]")));

        assertThat(correlator.correlate(secondOutcome)).isEqualTo(Correlation.ALREADY_CORRELATED);
        assertThat(Correlation.ALREADY_CORRELATED.settled()).isTrue();
    }

    @Test
    void anOutcomeThatOvertookTheFilingTasksCompletionWaits() {
        noMatch();
        engine.stubFor(post("/engine-rest/process-instance").willReturn(okJson("[]")));
        engine.stubFor(get("/engine-rest/external-task/" + FILING).willReturn(okJson("{\"id\":\"" + FILING + "\"}")));

        assertThat(correlator.correlate(secondOutcome)).isEqualTo(Correlation.FILING_PENDING);
        assertThat(Correlation.FILING_PENDING.settled()).isFalse();
    }

    @Test
    void aProcessThatHoldsTheFilingButWaitsElsewhereIsTriedAgainLater() {
        noMatch();
        engine.stubFor(post("/engine-rest/process-instance").willReturn(okJson("[]")));
        engine.stubFor(instances("""
                [{"name":"enforcementFilingId","operator":"eq","value":"%s"}]""".formatted(FILING))
                .willReturn(okJson("[{\"id\":\"pi-1\"}]")));
        engine.stubFor(get("/engine-rest/external-task/" + FILING).willReturn(aResponse().withStatus(404)));

        assertThat(correlator.correlate(secondOutcome)).isEqualTo(Correlation.NOT_WAITING);
    }

    @Test
    void anOutcomeNoRunningProcessHoldsIsSettledWithoutCorrelating() {
        noMatch();
        engine.stubFor(post("/engine-rest/process-instance").willReturn(okJson("[]")));
        engine.stubFor(get("/engine-rest/external-task/" + FILING).willReturn(aResponse().withStatus(404)));

        assertThat(correlator.correlate(secondOutcome)).isEqualTo(Correlation.NO_PROCESS);
        assertThat(Correlation.NO_PROCESS.settled()).isTrue();
    }

    @Test
    void anUnreachableEngineIsAFailureNotAVerdict() {
        engine.stubFor(post("/engine-rest/message").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> correlator.correlate(secondOutcome)).isInstanceOf(RemoteUnavailableException.class);
    }

    private static void noMatch() {
        engine.stubFor(post("/engine-rest/message").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"RestException\",\"message\":\"Cannot correlate message\"}")));
    }

    private static MappingBuilder instances(String conditions) {
        return post("/engine-rest/process-instance").atPriority(1).withRequestBody(equalToJson(
                "{\"businessKey\":\"" + CLAIM + "\",\"variables\":" + conditions + "}"));
    }

    private static FilingOutcome outcome(int sequence) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("enforcementOutcome", "PAID_IN_FULL");
        variables.put("certificateDate", null);
        return new FilingOutcome("saatava.enforcementOutcome", CLAIM, "enforcementFilingId", FILING,
                "enforcementOutcomeCount", sequence, variables);
    }

    @SpringBootApplication
    static class App {
    }
}
