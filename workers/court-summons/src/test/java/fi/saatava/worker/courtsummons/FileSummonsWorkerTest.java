package fi.saatava.worker.courtsummons;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
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
import fi.saatava.worker.courtsummons.app.CourtSummonsWorkerApplication;
import fi.saatava.worker.testsupport.Samples;
import fi.saatava.worker.testsupport.TaskDelivery;

@SpringBootTest(classes = CourtSummonsWorkerApplication.class, properties = {
        "camunda.bpm.client.disable-auto-fetching=true", "saatava.court-summons.decision-polling-enabled=false",
        "saatava.gateway.user=worker", "saatava.gateway.password=s3cret",
        "saatava.court-summons.court-api-key=court-key"})
@ExtendWith(OutputCaptureExtension.class)
class FileSummonsWorkerTest {

    private static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    private static final String TASK_ID = "ext-task-7";
    private static final String HETU = "131052-308T";
    private static final String PREPARE = "/api/internal/claims/" + CLAIM_ID + "/summons-applications";

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension court = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.court-summons.court-url", () -> court.baseUrl() + "/court/v1");
    }

    @Autowired
    FileSummonsWorker worker;

    private final TaskDelivery delivery = new TaskDelivery(TASK_ID, Topics.SUMMONS_FILE,
            Map.of(Variables.CLAIM_ID, CLAIM_ID));
    private final ExternalTask task = delivery.task;
    private final ExternalTaskService service = delivery.service;

    @BeforeEach
    void stubs() {
        gateway.stubFor(post("/api/internal/filings/" + TASK_ID + "/receipt").willReturn(noContent()));
        court.stubFor(post("/court/v1/summons-applications").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"filingId":"ext-task-7","court":"Itä-Uudenmaan käräjäoikeus","caseNumber":"S 26/10001",
                         "receivedAt":"2026-02-02T08:00:00Z","status":"RECEIVED"}""")));
    }

    @Test
    void filesTheGatewaysApplicationWithTheCourtOfTheDefendantsDomicileOnceForTheTask(CapturedOutput output) {
        prepared(application());

        worker.execute(task, service);

        gateway.verify(postRequestedFor(urlEqualTo(PREPARE))
                .withHeader("Authorization", equalTo("Basic d29ya2VyOnMzY3JldA=="))
                .withRequestBody(equalToJson("{\"filingId\":\"" + TASK_ID + "\"}")));
        court.verify(postRequestedFor(urlEqualTo("/court/v1/summons-applications"))
                .withHeader("Idempotency-Key", equalTo(TASK_ID))
                .withHeader("X-API-Key", equalTo("court-key"))
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson(Samples.json("court-application.json", "CODE", HETU))));
        gateway.verify(postRequestedFor(urlEqualTo("/api/internal/filings/" + TASK_ID + "/receipt"))
                .withRequestBody(equalToJson("""
                        {"authority":"Itä-Uudenmaan käräjäoikeus","reference":"S 26/10001",
                         "receivedAt":"2026-02-02T08:00:00Z","fee":null}""")));
        verify(service).complete(task, Map.of(Variables.SUMMONS_FILING_ID, TASK_ID, Variables.COURT_DECISION_COUNT, 0));
        assertThat(output).contains("filed with Itä-Uudenmaan käräjäoikeus as case S 26/10001").doesNotContain(HETU);
    }

    @Test
    void aDefendantInHelsinkiIsSuedInHelsinki() {
        prepared(application().replace("\"municipality\": \"Espoo\"", "\"municipality\": \"Helsinki\""));

        worker.execute(task, service);

        court.verify(postRequestedFor(urlEqualTo("/court/v1/summons-applications")).withRequestBody(equalToJson("""
                {"court":"Helsingin käräjäoikeus",
                 "jurisdiction":"OK 10:1 and 10:17 a: the defendant's domicile Helsinki (Uusimaa)"}""", true, true)));
    }

    @Test
    void consumerCreditExtrasAreForwardedAsTheGatewayStatedThem() {
        prepared(application().replace("\"consumerCredit\": null", """
                "consumerCredit": {"creditAmount": "2000.00", "termDays": 365, "contractInterest": "19.90",
                  "creditCosts": [{"kind": "OPENING_FEE", "amount": "50.00"}], "annualPercentageRate": "24.30",
                  "contractMadeAsRequired": true, "creditType": "ONE_OFF"}"""));

        worker.execute(task, service);

        court.verify(postRequestedFor(urlEqualTo("/court/v1/summons-applications")).withRequestBody(equalToJson("""
                {"consumerCredit": {"creditAmount": "2000.00", "termDays": 365, "contractInterest": "19.90",
                  "creditCosts": [{"kind": "OPENING_FEE", "amount": "50.00"}], "annualPercentageRate": "24.30",
                  "contractMadeAsRequired": true, "creditType": "ONE_OFF"}}""", true, true)));
    }

    @Test
    void incompleteConsumerCreditItemsAreAnIncidentAndNothingIsFiled() {
        prepared(application().replace("\"consumerCredit\": null",
                "\"consumerCredit\": {\"creditAmount\": \"2000.00\", \"termDays\": 365}"));

        worker.execute(task, service);

        verify(service).handleFailure(eq(task), anyString(), anyString(), eq(0), anyLong());
        court.verify(0, postRequestedFor(urlEqualTo("/court/v1/summons-applications")));
    }

    @Test
    void anUnknownDomicileIsAnIncident() {
        prepared(application().replace("\"domicile\": {\"municipality\": \"Espoo\", \"region\": \"Uusimaa\"}",
                "\"domicile\": null"));

        worker.execute(task, service);

        verify(service).handleFailure(eq(task), eq("PermanentFailureException: The defendant's domicile "
                + "(municipality and region) is unknown: cannot choose the competent court; set "
                + "saatava.court-summons.court or complete the debtor's data"), anyString(), eq(0), anyLong());
    }

    @Test
    void anUnavailableCourtIsRetriedWithoutAReceipt() {
        prepared(application());
        court.stubFor(post("/court/v1/summons-applications").willReturn(aResponse().withStatus(503)));

        worker.execute(task, service);

        verify(service).handleFailure(eq(task),
                eq("RemoteUnavailableException: court answered 503 to POST /court/v1/summons-applications"),
                anyString(), eq(3), eq(30_000L));
        verify(service, never()).complete(eq(task), anyMap());
        gateway.verify(0, postRequestedFor(urlEqualTo("/api/internal/filings/" + TASK_ID + "/receipt")));
    }

    @Test
    void aRefusedApplicationIsAnIncidentWithoutLeakingTheIdentityCode(CapturedOutput output) {
        prepared(application());
        court.stubFor(post("/court/v1/summons-applications").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Invalid request\",\"detail\":\"" + HETU + "\"}")));

        worker.execute(task, service);

        verify(service).handleFailure(eq(task), anyString(), anyString(), eq(0), anyLong());
        assertThat(output).doesNotContain(HETU);
    }

    private static String application() {
        return Samples.json("summons-application.json", "FILING", TASK_ID, "CODE", HETU);
    }

    private static void prepared(String application) {
        gateway.stubFor(post(PREPARE).willReturn(okJson(application)));
    }
}
