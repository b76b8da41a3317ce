package fi.saatava.worker.courtsummons;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import fi.saatava.worker.courtsummons.app.CourtSummonsWorkerApplication;

@SpringBootTest(classes = CourtSummonsWorkerApplication.class, properties = {
        "camunda.bpm.client.disable-auto-fetching=true", "saatava.court-summons.decision-polling-enabled=false"})
class CourtDecisionPollerTest {

    private static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";

    @RegisterExtension
    static WireMockExtension engine = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension court = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", engine::baseUrl);
        registry.add("saatava.court-summons.court-url", () -> court.baseUrl() + "/court/v1");
    }

    @Autowired
    CourtDecisionPoller poller;

    @Test
    void aDefaultJudgmentBecomesTheMessageOfItsFilingAndIsThenAcknowledged() {
        decisions(decision("KD-1", "filing-1", "DEFAULT_JUDGMENT"));
        engine.stubFor(post("/engine-rest/message").willReturn(noContent()));
        court.stubFor(post("/court/v1/decisions/KD-1/acknowledgement").willReturn(noContent()));

        assertThat(poller.poll()).isEqualTo(1);

        engine.verify(postRequestedFor(urlEqualTo("/engine-rest/message")).withRequestBody(equalToJson("""
                {"messageName":"saatava.courtDecisionReceived","businessKey":"%s",
                 "correlationKeys":{"summonsFilingId":{"value":"filing-1","type":"String"},
                                    "courtDecisionCount":{"value":0,"type":"Integer"}},
                 "processVariables":{"courtDecision":{"value":"DEFAULT_JUDGMENT","type":"String"},
                                     "judgmentDate":{"value":"2026-03-02","type":"String"},
                                     "caseNumber":{"value":"S 26/10001","type":"String"},
                                     "courtDecisionCount":{"value":1,"type":"Integer"}}}""".formatted(CLAIM_ID))));
        court.verify(postRequestedFor(urlEqualTo("/court/v1/decisions/KD-1/acknowledgement")));
    }

    @Test
    void aDisputeCarriesNoJudgmentDate() {
        decisions(decision("KD-2", "filing-2", "DISPUTED"));
        engine.stubFor(post("/engine-rest/message").willReturn(noContent()));
        court.stubFor(post("/court/v1/decisions/KD-2/acknowledgement").willReturn(noContent()));

        poller.poll();

        engine.verify(postRequestedFor(urlEqualTo("/engine-rest/message")).withRequestBody(equalToJson("""
                {"processVariables":{"courtDecision":{"value":"DISPUTED","type":"String"},
                                     "judgmentDate":{"value":null,"type":"Null"}}}""", true, true)));
    }

    @Test
    void aDecisionThatOvertookTheFilingTaskIsKeptForTheNextPoll() {
        decisions(decision("KD-3", "filing-3", "DEFAULT_JUDGMENT"));
        engine.stubFor(post("/engine-rest/message").willReturn(aResponse().withStatus(400)));
        engine.stubFor(post("/engine-rest/process-instance").willReturn(okJson("[]")));
        engine.stubFor(get("/engine-rest/external-task/filing-3").willReturn(okJson("{\"id\":\"filing-3\"}")));

        assertThat(poller.poll()).isZero();

        court.verify(0, postRequestedFor(urlEqualTo("/court/v1/decisions/KD-3/acknowledgement")));
    }

    @Test
    void anUnknownDecisionTypeIsNeitherCorrelatedNorAcknowledged() {
        decisions(decision("KD-4", "filing-4", "SETTLED"));

        assertThat(poller.poll()).isZero();

        engine.verify(0, postRequestedFor(urlEqualTo("/engine-rest/message")));
        court.verify(0, postRequestedFor(urlEqualTo("/court/v1/decisions/KD-4/acknowledgement")));
    }

    private static void decisions(String... decisions) {
        court.stubFor(get("/court/v1/decisions").willReturn(okJson("[" + String.join(",", decisions) + "]")));
    }

    private static String decision(String id, String filingId, String decision) {
        return """
                {"decisionId":"%s","filingId":"%s","filerReference":"%s","court":"Helsingin käräjäoikeus",
                 "caseNumber":"S 26/10001","sequence":1,"decision":"%s","decisionDate":"2026-03-02",
                 "awarded":null,"reason":null}""".formatted(id, filingId, CLAIM_ID, decision);
    }
}
