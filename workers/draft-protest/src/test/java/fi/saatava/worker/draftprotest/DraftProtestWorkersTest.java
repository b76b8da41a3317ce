package fi.saatava.worker.draftprotest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import fi.saatava.worker.draftprotest.app.DraftProtestWorkerApplication;
import fi.saatava.worker.testsupport.Samples;
import fi.saatava.worker.testsupport.TaskDelivery;

@SpringBootTest(classes = DraftProtestWorkerApplication.class, properties = {
        "camunda.bpm.client.disable-auto-fetching=true", "saatava.draft-protest.bureau-api-key=cb-key"})
@ExtendWith(OutputCaptureExtension.class)
class DraftProtestWorkersTest {

    private static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    private static final String COMPANY = "1234512-9";

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension bureau = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.draft-protest.bureau-url", () -> bureau.baseUrl() + "/credit-bureau/v1");
    }

    @Autowired
    RegisterDraftWorker register;

    @Autowired
    PublishDraftWorker publish;

    @Autowired
    RemoveDefaultEntryWorker remove;

    @Test
    void registersTheSentTrattaUnderTheClaimsKeyAndKeepsTheBureausId() {
        sentDraft("BUSINESS");
        bureau.stubFor(post("/credit-bureau/v1/drafts").willReturn(created("""
                {"draftId":"DR-1","status":"REGISTERED","creditorReference":"%s",
                 "publishableFrom":"2025-12-05","publishableUntil":"2026-01-20"}""".formatted(CLAIM_ID))));
        TaskDelivery delivery = delivery(Topics.DRAFT_REGISTER, Map.of(Variables.CLAIM_ID, CLAIM_ID));

        register.execute(delivery.task, delivery.service);

        bureau.verify(postRequestedFor(urlEqualTo("/credit-bureau/v1/drafts"))
                .withHeader("Idempotency-Key", equalTo(CLAIM_ID + ":REGISTER"))
                .withHeader("X-API-Key", equalTo("cb-key"))
                .withRequestBody(equalToJson("""
                        {"creditor":{"name":"Esimerkki Energia Oy","businessId":"1234567-1"},
                         "creditorReference":"%s",
                         "debtor":{"type":"BUSINESS","identityCode":"%s","name":"Velka Oy","phone":null,
                           "address":{"street":"Tehdaskatu 3","postalCode":"20100","city":"Turku","country":"FI"}},
                         "amount":"1290.00","currency":"EUR",
                         "invoice":{"number":"INV-2001","date":"2025-08-01","dueDate":"2025-08-31"},
                         "sentOn":"2025-11-21","dueDate":"2025-12-05",
                         "reminderSentOn":"2025-10-01","reminderDeadline":"2025-10-15"}""".formatted(CLAIM_ID, COMPANY))));
        verify(delivery.service).complete(delivery.task, Map.of(Variables.DRAFT_ID, "DR-1"));
    }

    @Test
    void aTrattaAgainstAConsumerIsAnIncidentAndNothingIsRegistered(CapturedOutput output) {
        sentDraft("CONSUMER");
        TaskDelivery delivery = delivery(Topics.DRAFT_REGISTER, Map.of(Variables.CLAIM_ID, CLAIM_ID));

        register.execute(delivery.task, delivery.service);

        verify(delivery.service).handleFailure(eq(delivery.task), eq("PermanentFailureException: A tratta may not be "
                + "used against a consumer (PerintäL 7 § 2 mom); claim " + CLAIM_ID + " has debtor type CONSUMER"),
                anyString(), eq(0), anyLong());
        bureau.verify(0, postRequestedFor(urlEqualTo("/credit-bureau/v1/drafts")));
        assertThat(output).doesNotContain(COMPANY);
    }

    @Test
    void publishesTheRegisteredTrattaOfTheClaim() {
        bureau.stubFor(post("/credit-bureau/v1/drafts/DR-1/publication").willReturn(created("""
                {"draftId":"DR-1","entryId":"ME-1","status":"PUBLISHED","entryType":"DRAFT_PROTEST",
                 "publishedOn":"2025-12-08","keptUntil":"2028-12-08"}""")));
        TaskDelivery delivery = delivery(Topics.DRAFT_PUBLISH,
                Map.of(Variables.CLAIM_ID, CLAIM_ID, Variables.DRAFT_ID, "DR-1"));

        publish.execute(delivery.task, delivery.service);

        bureau.verify(postRequestedFor(urlEqualTo("/credit-bureau/v1/drafts/DR-1/publication"))
                .withHeader("Idempotency-Key", equalTo(CLAIM_ID + ":PUBLISH"))
                .withRequestBody(equalToJson("{\"creditorReference\":\"" + CLAIM_ID + "\"}")));
        verify(delivery.service).complete(delivery.task, Map.of());
    }

    @Test
    void aTrattaTheBureauKnowsIsPaidIsNotPublishedButAnIncident() {
        bureau.stubFor(post("/credit-bureau/v1/drafts/DR-1/publication").willReturn(aResponse().withStatus(409)));
        TaskDelivery delivery = delivery(Topics.DRAFT_PUBLISH,
                Map.of(Variables.CLAIM_ID, CLAIM_ID, Variables.DRAFT_ID, "DR-1"));

        publish.execute(delivery.task, delivery.service);

        verify(delivery.service).handleFailure(eq(delivery.task), eq("RemoteRejectedException: credit bureau "
                + "answered 409 to POST /credit-bureau/v1/drafts/DR-1/publication"), anyString(), eq(0), anyLong());
    }

    @Test
    void publishingWithoutARegisteredTrattaIsAnIncident() {
        TaskDelivery delivery = delivery(Topics.DRAFT_PUBLISH, Map.of(Variables.CLAIM_ID, CLAIM_ID));

        publish.execute(delivery.task, delivery.service);

        verify(delivery.service).handleFailure(eq(delivery.task), eq("PermanentFailureException: Variable 'draftId' "
                + "is missing or not a non-empty string"), anyString(), eq(0), anyLong());
    }

    @Test
    void sendsThePaymentNoticeOfAPaidClaim() {
        gateway.stubFor(get("/api/internal/claims/" + CLAIM_ID + "/payment-notice").willReturn(okJson(
                Samples.json("paid-claim.json", "CODE", COMPANY))));
        bureau.stubFor(post("/credit-bureau/v1/payment-notices").willReturn(created("""
                {"noticeId":"PN-1","creditorReference":"%s","receivedOn":"2026-01-16","removedEntries":["ME-1"],
                 "removalDueBy":"2026-02-16"}""".formatted(CLAIM_ID))));
        TaskDelivery delivery = delivery(Topics.DEFAULT_ENTRY_REMOVE, Map.of(Variables.CLAIM_ID, CLAIM_ID));

        remove.execute(delivery.task, delivery.service);

        bureau.verify(postRequestedFor(urlEqualTo("/credit-bureau/v1/payment-notices"))
                .withHeader("Idempotency-Key", equalTo(CLAIM_ID + ":REMOVE"))
                .withRequestBody(equalToJson("""
                        {"creditor":{"name":"Esimerkki Energia Oy","businessId":"1234567-1"},
                         "creditorReference":"%s",
                         "debtor":{"type":"BUSINESS","identityCode":"%s","name":"Velka Oy","phone":null,
                           "address":{"street":"Tehdaskatu 3","postalCode":"20100","city":"Turku","country":"FI"}},
                         "paidOn":"2026-01-15"}""".formatted(CLAIM_ID, COMPANY))));
        verify(delivery.service).complete(delivery.task, Map.of());
    }

    private static void sentDraft(String debtorType) {
        gateway.stubFor(get("/api/internal/claims/" + CLAIM_ID + "/draft").willReturn(okJson(
                Samples.json("sent-draft.json", "TYPE", debtorType, "CODE", COMPANY))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String body) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static TaskDelivery delivery(String topic, Map<String, Object> variables) {
        return new TaskDelivery("ext-task-3", topic, variables);
    }
}
