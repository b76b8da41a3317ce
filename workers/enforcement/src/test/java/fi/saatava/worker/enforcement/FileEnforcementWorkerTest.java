package fi.saatava.worker.enforcement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.enforcement.app.EnforcementWorkerApplication;
import fi.saatava.worker.testsupport.Samples;
import fi.saatava.worker.testsupport.TaskDelivery;

@SpringBootTest(classes = EnforcementWorkerApplication.class, properties = {
        "camunda.bpm.client.disable-auto-fetching=true", "saatava.enforcement.outcome-polling-enabled=false",
        "saatava.enforcement.authority-api-key=uo-key"})
@ExtendWith(OutputCaptureExtension.class)
class FileEnforcementWorkerTest {

    private static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    private static final String TASK_ID = "ext-task-9";
    private static final String HETU = "131052-308T";
    private static final String PREPARE = "/api/internal/claims/" + CLAIM_ID + "/enforcement-applications";

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension authority = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.enforcement.authority-url", () -> authority.baseUrl() + "/enforcement/v1");
    }

    @Autowired
    FileEnforcementWorker worker;

    private final TaskDelivery delivery = new TaskDelivery(TASK_ID, Topics.ENFORCEMENT_FILE,
            Map.of(Variables.CLAIM_ID, CLAIM_ID));

    @BeforeEach
    void stubs() {
        gateway.stubFor(post("/api/internal/filings/" + TASK_ID + "/receipt").willReturn(noContent()));
        authority.stubFor(post("/enforcement/v1/applications").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"filingId":"ext-task-9","caseNumber":"UO 2026/000001","office":"Ulosottolaitos",
                         "amountToCollect":"217.00","receivedAt":"2026-03-20T08:00:00Z","status":"PENDING"}""")));
    }

    @Test
    void filesTheApplicationAsTheGatewayPreparedItAndReportsTheReceipt(CapturedOutput output) {
        prepared(application());

        worker.execute(delivery.task, delivery.service);

        gateway.verify(postRequestedFor(urlEqualTo(PREPARE))
                .withRequestBody(equalToJson("{\"filingId\":\"" + TASK_ID + "\"}")));
        authority.verify(postRequestedFor(urlEqualTo("/enforcement/v1/applications"))
                .withHeader("Idempotency-Key", equalTo(TASK_ID))
                .withHeader("X-API-Key", equalTo("uo-key"))
                .withRequestBody(equalToJson(Samples.json("authority-application.json", "CODE", HETU))));
        gateway.verify(postRequestedFor(urlEqualTo("/api/internal/filings/" + TASK_ID + "/receipt"))
                .withRequestBody(equalToJson("""
                        {"authority":"Ulosottolaitos","reference":"UO 2026/000001",
                         "receivedAt":"2026-03-20T08:00:00Z","fee":null}""")));
        verify(delivery.service).complete(delivery.task,
                Map.of(Variables.ENFORCEMENT_FILING_ID, TASK_ID, Variables.ENFORCEMENT_OUTCOME_COUNT, 0));
        assertThat(output).contains("filed with Ulosottolaitos as case UO 2026/000001").doesNotContain(HETU);
    }

    @Test
    void passiveRegistrationWithSummaryEnforcementIsAnIncidentAndNothingIsFiled() {
        prepared(application().replace("\"summaryEnforcement\": false", "\"summaryEnforcement\": true"));

        worker.execute(delivery.task, delivery.service);

        verify(delivery.service).handleFailure(eq(delivery.task), eq("PermanentFailureException: Passive registration "
                + "cannot be requested with summary enforcement (UK 3:105); the gateway's enforcement application asks "
                + "for both"), anyString(), eq(0), anyLong());
        authority.verify(0, postRequestedFor(urlEqualTo("/enforcement/v1/applications")));
    }

    @Test
    void anUnavailableAuthorityIsRetried() {
        prepared(application());
        authority.stubFor(post("/enforcement/v1/applications").willReturn(aResponse().withStatus(503)));

        worker.execute(delivery.task, delivery.service);

        verify(delivery.service).handleFailure(eq(delivery.task), eq("RemoteUnavailableException: enforcement "
                + "authority answered 503 to POST /enforcement/v1/applications"), anyString(), eq(3), eq(30_000L));
        verify(delivery.service, never()).complete(eq(delivery.task), anyMap());
    }

    @Test
    void aGatewayThatCannotPrepareTheApplicationIsRetried() {
        gateway.stubFor(post(PREPARE).willReturn(aResponse().withStatus(503)));

        worker.execute(delivery.task, delivery.service);

        verify(delivery.service).handleFailure(eq(delivery.task), anyString(), anyString(), eq(3), eq(30_000L));
        authority.verify(0, postRequestedFor(urlEqualTo("/enforcement/v1/applications")));
    }

    private static String application() {
        return Samples.json("enforcement-application.json", "FILING", TASK_ID, "CODE", HETU);
    }

    private static void prepared(String application) {
        gateway.stubFor(post(PREPARE).willReturn(okJson(application)));
    }
}
