package fi.saatava.worker.enforcement;

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

import fi.saatava.worker.enforcement.app.EnforcementWorkerApplication;

@SpringBootTest(classes = EnforcementWorkerApplication.class, properties = {
        "camunda.bpm.client.disable-auto-fetching=true", "saatava.enforcement.outcome-polling-enabled=false"})
class EnforcementOutcomePollerTest {

    private static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";

    @RegisterExtension
    static WireMockExtension engine = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension authority = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", engine::baseUrl);
        registry.add("saatava.enforcement.authority-url", () -> authority.baseUrl() + "/enforcement/v1");
    }

    @Autowired
    EnforcementOutcomePoller poller;

    @Test
    void aPartialRemittanceThenTheLastOneAreCorrelatedInTheAuthoritysOrder() {
        events(remittance("UE-1", 1, "PARTIAL_REMITTANCE", "108.50", "1.57"),
                remittance("UE-2", 2, "PAID_IN_FULL", "108.50", "1.57"));
        engine.stubFor(post("/engine-rest/message").willReturn(noContent()));
        authority.stubFor(post("/enforcement/v1/events/UE-1/acknowledgement").willReturn(noContent()));
        authority.stubFor(post("/enforcement/v1/events/UE-2/acknowledgement").willReturn(noContent()));

        assertThat(poller.poll()).isEqualTo(2);

        engine.verify(postRequestedFor(urlEqualTo("/engine-rest/message")).withRequestBody(equalToJson("""
                {"messageName":"saatava.enforcementOutcome","businessKey":"%s",
                 "correlationKeys":{"enforcementFilingId":{"value":"filing-1","type":"String"},
                                    "enforcementOutcomeCount":{"value":0,"type":"Integer"}},
                 "processVariables":{"enforcementOutcome":{"value":"PARTIAL_REMITTANCE","type":"String"},
                                     "enforcementCaseNumber":{"value":"UO 2026/000001","type":"String"},
                                     "collectedAmount":{"value":"108.50","type":"String"},
                                     "remittanceFee":{"value":"1.57","type":"String"},
                                     "remittanceDate":{"value":"2026-04-01","type":"String"},
                                     "certificateDate":{"value":null,"type":"Null"},
                                     "enforcementOutcomeCount":{"value":1,"type":"Integer"}}}""".formatted(CLAIM_ID))));
        engine.verify(postRequestedFor(urlEqualTo("/engine-rest/message")).withRequestBody(equalToJson("""
                {"correlationKeys":{"enforcementOutcomeCount":{"value":1,"type":"Integer"}},
                 "processVariables":{"enforcementOutcome":{"value":"PAID_IN_FULL","type":"String"},
                                     "enforcementOutcomeCount":{"value":2,"type":"Integer"}}}""", true, true)));
        authority.verify(postRequestedFor(urlEqualTo("/enforcement/v1/events/UE-2/acknowledgement")));
    }

    @Test
    void aNoAssetsCertificateCarriesItsDateAndNoAmounts() {
        events("""
                {"eventId":"UE-3","filingId":"filing-1","applicantReference":"%s","caseNumber":"UO 2026/000001",
                 "sequence":1,"outcome":"NO_ASSETS","collectedAmount":null,"remittanceFee":null,"remittedAmount":null,
                 "remittanceDate":null,"certificateDate":"2026-05-04","passiveRegistrationUntil":"2028-05-04"}"""
                .formatted(CLAIM_ID));
        engine.stubFor(post("/engine-rest/message").willReturn(noContent()));
        authority.stubFor(post("/enforcement/v1/events/UE-3/acknowledgement").willReturn(noContent()));

        poller.poll();

        engine.verify(postRequestedFor(urlEqualTo("/engine-rest/message")).withRequestBody(equalToJson("""
                {"processVariables":{"enforcementOutcome":{"value":"NO_ASSETS","type":"String"},
                                     "collectedAmount":{"value":null,"type":"Null"},
                                     "remittanceDate":{"value":null,"type":"Null"},
                                     "certificateDate":{"value":"2026-05-04","type":"String"}}}""", true, true)));
    }

    @Test
    void aRemittanceWithoutAnAmountIsNotCorrelated() {
        events(remittance("UE-4", 1, "PAID_IN_FULL", null, null));

        assertThat(poller.poll()).isZero();

        engine.verify(0, postRequestedFor(urlEqualTo("/engine-rest/message")));
    }

    private static void events(String... events) {
        authority.stubFor(get("/enforcement/v1/events").willReturn(okJson("[" + String.join(",", events) + "]")));
    }

    private static String remittance(String id, int sequence, String outcome, String amount, String fee) {
        return """
                {"eventId":"%s","filingId":"filing-1","applicantReference":"%s","caseNumber":"UO 2026/000001",
                 "sequence":%d,"outcome":"%s","collectedAmount":%s,"remittanceFee":%s,"remittedAmount":null,
                 "remittanceDate":"2026-04-01","certificateDate":null,"passiveRegistrationUntil":null}"""
                .formatted(id, CLAIM_ID, sequence, outcome, quoted(amount), quoted(fee));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
