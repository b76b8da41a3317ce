package fi.saatava.worker.insolvency;

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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.insolvency.app.InsolvencyWorkerApplication;
import fi.saatava.worker.testsupport.Samples;
import fi.saatava.worker.testsupport.TaskDelivery;

@SpringBootTest(classes = InsolvencyWorkerApplication.class, properties = {
        "camunda.bpm.client.disable-auto-fetching=true", "saatava.insolvency.register-api-key=ad-key"})
@ExtendWith(OutputCaptureExtension.class)
class LodgeInsolvencyClaimWorkerTest {

    private static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    private static final String TASK_ID = "ext-task-11";
    private static final String PREPARE = "/api/internal/claims/" + CLAIM_ID + "/insolvency-claims";

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension register = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.insolvency.register-url", () -> register.baseUrl() + "/insolvency/v1");
    }

    @Autowired
    LodgeInsolvencyClaimWorker worker;

    private TaskDelivery delivery = in("BANKRUPTCY");

    @BeforeEach
    void stubs() {
        gateway.stubFor(post("/api/internal/filings/" + TASK_ID + "/receipt").willReturn(noContent()));
        lodged("LODGED", null);
    }

    @Test
    void lodgesTheClaimWithTheInterestSplitAtTheStartAndReportsTheReceipt() {
        prepared(claim());

        worker.execute(delivery.task, delivery.service);

        gateway.verify(postRequestedFor(urlEqualTo(PREPARE))
                .withRequestBody(equalToJson("{\"filingId\":\"" + TASK_ID + "\"}")));
        register.verify(postRequestedFor(urlEqualTo("/insolvency/v1/claims"))
                .withHeader("Idempotency-Key", equalTo(TASK_ID))
                .withHeader("X-API-Key", equalTo("ad-key"))
                .withRequestBody(equalToJson(Samples.json("lodging.json"))));
        gateway.verify(postRequestedFor(urlEqualTo("/api/internal/filings/" + TASK_ID + "/receipt"))
                .withRequestBody(equalToJson("""
                        {"authority":"Asianajotoimisto Pesä Oy","reference":"VK-1",
                         "receivedAt":"2026-02-10T08:00:00Z","fee":null}""")));
        verify(delivery.service).complete(delivery.task, Map.of());
    }

    @Test
    void aLateLodgingIsStillMadeAndItsFeeReported(CapturedOutput output) {
        prepared(claim());
        lodged("LATE", "\"600.00\"");

        worker.execute(delivery.task, delivery.service);

        gateway.verify(postRequestedFor(urlEqualTo("/api/internal/filings/" + TASK_ID + "/receipt"))
                .withRequestBody(equalToJson("{\"fee\":\"600.00\"}", true, true)));
        verify(delivery.service).complete(delivery.task, Map.of());
        assertThat(output).contains("lodged late in BANKRUPTCY K 26/123 as VK-1 (late fee 600.00)");
    }

    @Test
    void interestAfterTheStartOfDebtAdjustmentIsRefused() {
        delivery = in("DEBT_ADJUSTMENT");
        prepared(claim().replace("\"procedure\": \"BANKRUPTCY\"", "\"procedure\": \"DEBT_ADJUSTMENT\""));

        worker.execute(delivery.task, delivery.service);

        assertIncident("Not lodging claim " + CLAIM_ID + ": interest after the start is claimed although late "
                + "interest stops in DEBT_ADJUSTMENT (VJL 16 §, YSL 15 § 2 mom)");
    }

    @Test
    void aTotalThatIsNotTheSumOfItsPartsIsRefused() {
        prepared(claim().replace("\"total\": \"1062.20\"", "\"total\": \"1062.00\""));

        worker.execute(delivery.task, delivery.service);

        assertIncident("Not lodging claim " + CLAIM_ID + ": total 1062.00 is not principal + interest before the "
                + "start + costs = 1062.20");
    }

    @Test
    void aClaimForAnotherProcedureThanTheProcessIsInIsRefused() {
        delivery = in("RESTRUCTURING");
        prepared(claim());

        worker.execute(delivery.task, delivery.service);

        assertIncident("Not lodging claim " + CLAIM_ID + ": the gateway prepared a BANKRUPTCY claim but the process "
                + "is in RESTRUCTURING");
    }

    @Test
    void anUnavailableAdministratorIsRetried() {
        prepared(claim());
        register.stubFor(post("/insolvency/v1/claims").willReturn(aResponse().withStatus(503)));

        worker.execute(delivery.task, delivery.service);

        verify(delivery.service).handleFailure(eq(delivery.task), eq("RemoteUnavailableException: insolvency "
                + "administrator answered 503 to POST /insolvency/v1/claims"), anyString(), eq(3), eq(30_000L));
    }

    private void assertIncident(String message) {
        ArgumentCaptor<String> reason = ArgumentCaptor.forClass(String.class);
        verify(delivery.service).handleFailure(eq(delivery.task), reason.capture(), anyString(), eq(0), anyLong());
        assertThat(reason.getValue()).isEqualTo("PermanentFailureException: " + message);
        register.verify(0, postRequestedFor(urlEqualTo("/insolvency/v1/claims")));
    }

    private static TaskDelivery in(String procedure) {
        return new TaskDelivery(TASK_ID, Topics.INSOLVENCY_CLAIM_LODGE,
                Map.of(Variables.CLAIM_ID, CLAIM_ID, Variables.INSOLVENCY_STATUS, procedure));
    }

    private static String claim() {
        return Samples.json("insolvency-claim.json", "FILING", TASK_ID, "CODE", "1234512-9", "DEADLINE", "2099-03-15");
    }

    private static void prepared(String claim) {
        gateway.stubFor(post(PREPARE).willReturn(okJson(claim)));
    }

    private static void lodged(String status, String fee) {
        register.stubFor(post("/insolvency/v1/claims").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"lodgingId":"VK-1","filingId":"%s","procedure":"BANKRUPTCY","procedureCaseNumber":"K 26/123",
                         "receivedAt":"2026-02-10T08:00:00Z","status":"%s","lateFee":%s}"""
                        .formatted(TASK_ID, status, fee))));
    }
}
