package fi.saatava.worker.creditcheck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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
import fi.saatava.worker.creditcheck.app.CreditCheckWorkerApplication;

@SpringBootTest(classes = CreditCheckWorkerApplication.class, properties = {
        "camunda.bpm.client.disable-auto-fetching=true",
        "saatava.gateway.user=worker", "saatava.gateway.password=s3cret",
        "saatava.credit-check.bureau-api-key=bureau-key"})
@ExtendWith(OutputCaptureExtension.class)
class CheckCreditWorkerTest {

    private static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    private static final String HETU = "131052-308T";
    private static final String SUBJECT_PATH = "/api/internal/claims/" + CLAIM_ID + "/credit-check-subject";

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension simulators = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.simulators.url", simulators::baseUrl);
    }

    @Autowired
    CheckCreditWorker worker;

    private final ExternalTask task = mock(ExternalTask.class);
    private final ExternalTaskService service = mock(ExternalTaskService.class);

    @BeforeEach
    void task() {
        when(task.getId()).thenReturn("ext-task-42");
        when(task.getTopicName()).thenReturn(Topics.CREDIT_CHECK);
        when(task.getRetries()).thenReturn(null);
        when(task.getVariable(Variables.CLAIM_ID)).thenReturn(CLAIM_ID);
        gateway.stubFor(get(SUBJECT_PATH).willReturn(okJson("""
                {"debtorType":"CONSUMER","identityCode":"%s","name":"Matti Meikäläinen"}""".formatted(HETU))));
    }

    @Test
    void completesWithTheBureausVerdict(CapturedOutput output) {
        simulators.stubFor(post("/credit-bureau/v1/reports").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"reportId":"CB-1","subjectType":"PERSON","createdAt":"2025-11-21T08:15:00Z",
                         "paymentDefaults":[
                           {"date":"2024-03-12","amount":"1250.00","type":"COURT_JUDGMENT","creditor":"Pankki Oyj"},
                           {"date":"2023-06-01","amount":"310.40","type":"DRAFT_PROTEST","creditor":"Kauppa Oy"}],
                         "paymentAbilityScore":38,"insolvency":"NONE"}""")));

        worker.execute(task, service);

        verify(service).complete(task, Map.of(
                Variables.PAYMENT_DEFAULT_COUNT, 2,
                Variables.PAYMENT_ABILITY_SCORE, 38,
                Variables.INSOLVENCY_STATUS, "NONE"));
        gateway.verify(getRequestedFor(urlEqualTo(SUBJECT_PATH))
                .withHeader("Authorization", equalTo("Basic d29ya2VyOnMzY3JldA==")));
        simulators.verify(postRequestedFor(urlEqualTo("/credit-bureau/v1/reports"))
                .withHeader("Idempotency-Key", equalTo("ext-task-42"))
                .withHeader("X-API-Key", equalTo("bureau-key"))
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson("""
                        {"subjectType":"PERSON","identityCode":"%s","purpose":"DEBT_COLLECTION"}""".formatted(HETU))));
        assertThat(output).contains("Credit report CB-1").contains("******-***T").doesNotContain(HETU);
    }

    @Test
    void asksAboutABusinessAsACompany() {
        gateway.stubFor(get(SUBJECT_PATH).willReturn(okJson("""
                {"debtorType":"BUSINESS","identityCode":"2077474-0","name":"Velka Oy"}""")));
        simulators.stubFor(post("/credit-bureau/v1/reports").willReturn(okJson("""
                {"reportId":"CB-2","subjectType":"COMPANY","paymentDefaults":[],"paymentAbilityScore":5,
                 "insolvency":"BANKRUPTCY"}""")));

        worker.execute(task, service);

        simulators.verify(postRequestedFor(urlEqualTo("/credit-bureau/v1/reports"))
                .withRequestBody(equalToJson("""
                        {"subjectType":"COMPANY","identityCode":"2077474-0","purpose":"DEBT_COLLECTION"}""")));
        verify(service).complete(task, Map.of(
                Variables.PAYMENT_DEFAULT_COUNT, 0,
                Variables.PAYMENT_ABILITY_SCORE, 5,
                Variables.INSOLVENCY_STATUS, "BANKRUPTCY"));
    }

    @Test
    void anUnavailableBureauIsRetried(CapturedOutput output) {
        simulators.stubFor(post("/credit-bureau/v1/reports").willReturn(aResponse().withStatus(503)));

        worker.execute(task, service);

        verify(service).handleFailure(eq(task),
                eq("RemoteUnavailableException: credit bureau answered 503 to POST /credit-bureau/v1/reports"),
                anyString(), eq(3), eq(30_000L));
        verify(service, never()).complete(eq(task), anyMap());
        assertThat(output).doesNotContain(HETU);
    }

    @Test
    void aRejectedRequestBecomesAnIncidentWithoutLeakingTheIdentityCode(CapturedOutput output) {
        simulators.stubFor(post("/credit-bureau/v1/reports").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"invalid identity code\",\"detail\":\"" + HETU + "\"}")));

        worker.execute(task, service);

        verify(service).handleFailure(eq(task), eq("RemoteRejectedException: credit bureau answered 400 to POST "
                + "/credit-bureau/v1/reports"), anyString(), eq(0), anyLong());
        assertThat(output).doesNotContain(HETU);
    }

    @Test
    void anAnswerOutsideTheContractIsAnIncident() {
        simulators.stubFor(post("/credit-bureau/v1/reports").willReturn(okJson("""
                {"reportId":"CB-3","paymentDefaults":[],"paymentAbilityScore":50,"insolvency":"LIQUIDATION"}""")));

        worker.execute(task, service);

        verify(service).handleFailure(eq(task), eq("PermanentFailureException: credit bureau report CB-3 has an "
                + "unknown insolvency status: LIQUIDATION"), anyString(), eq(0), anyLong());
    }

    @Test
    void aTaskWithoutClaimIdIsAnIncident() {
        when(task.getVariable(Variables.CLAIM_ID)).thenReturn(null);

        worker.execute(task, service);

        verify(service).handleFailure(eq(task), eq("PermanentFailureException: Variable 'claimId' is missing or not "
                + "a non-empty string"), anyString(), eq(0), anyLong());
        gateway.verify(0, getRequestedFor(urlEqualTo(SUBJECT_PATH)));
    }
}
