package fi.saatava.gateway.events;

import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.CollectionJourney;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;

/**
 * POST /api/v1/claims/{id}/events: each event type's effect on the ledger's balances and on the claim's process.
 * Every claim here is a 120.00 € consumer claim due 10.11.2025 whose reminder went out on Monday 12.1.2026.
 */
@GatewayTest
class CreditorEventApiTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-01-12");
    private static final String NOVEMBER_INVOICE = """
            {"type": "ADDITIONAL_CLAIM", "amount": "30.00", "invoiceNumber": "INV-1002",
             "invoiceDate": "2025-11-17", "dueDate": "2025-12-01", "description": "Broadband, November 2025"}""";

    @Autowired
    GatewayHttp http;

    @Autowired
    TestCreditors creditors;

    @Autowired
    ProcessDriver driver;

    @Autowired
    CollectionJourney journey;

    @Autowired
    AdjustableClock clock;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RuntimeService runtimeService;

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    /** Reminder sent on Monday; the process waits for the first demand's date. Owes 120.00 + 1.97 + 5.00. */
    private String remindedClaim() {
        journey.standOn(MONDAY);
        String claimId = driver.submit(validConsumerClaim().toString());
        journey.sendReminderNow(claimId);
        return claimId;
    }

    private Answer report(String claimId, String event) {
        return http.post(http.defaultCreditor().apiKey(), "/api/v1/claims/" + claimId + "/events", event);
    }

    private JsonNode view(String claimId) {
        return http.get("/api/v1/claims/" + claimId).body();
    }

    /** How often the process took saatava.paymentReceived (its non-interrupting event sub-process started). */
    private long paymentMessagesTaken(String claimId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(
                driver.processInstanceId(claimId)).activityId("StartEvent_PartialPayment").count();
    }

    /** The balance the last saatava.paymentReceived gave the process; null if it never got one. */
    private Object outstandingBalanceVariable(String claimId) {
        return runtimeService.getVariable(driver.processInstanceId(claimId),
                ProcessContract.Variables.OUTSTANDING_BALANCE);
    }

    private Answer recordAsOperator(String claimId, String dispute) {
        return http.exchangeAsAdmin(RequestEntity.post(URI.create("/api/admin/claims/" + claimId + "/disputes"))
                .contentType(MediaType.APPLICATION_JSON).body(dispute));
    }

    private static String event(String json) {
        ObjectNode event = (ObjectNode) ClaimJson.parse(json);
        event.put("eventReference", "EV-" + UUID.randomUUID());
        return event.toString();
    }

    @Test
    void aPartialDirectPaymentIsAllocatedToInterestThenPrincipalAndCollectionGoesOn() {
        String claimId = remindedClaim();
        String payment = event("{\"type\": \"DIRECT_PAYMENT\", \"amount\": \"50.00\", \"paidOn\": \"2026-01-12\"}");

        Answer answer = report(claimId, payment);

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.body().get("type").asText()).isEqualTo("DIRECT_PAYMENT");
        assertThat(answer.body().get("message").asText()).isEqualTo("saatava.paymentReceived");
        JsonNode entry = answer.body().get("ledgerEntry");
        assertThat(entry.get("type").asText()).isEqualTo("PAYMENT");
        assertThat(entry.get("amount").asText()).isEqualTo("50.00");
        assertThat(entry.get("lines").toString()).isEqualTo(
                "[{\"component\":\"INTEREST\",\"amount\":\"-1.97\"},{\"component\":\"PRINCIPAL\",\"amount\":\"-48.03\"}]");
        assertThat(entry.get("description").asText()).contains("PerintäL 11 a § 2 mom");
        JsonNode claim = view(claimId);
        assertThat(claim.at("/balances/principal").asText()).isEqualTo("71.97");
        assertThat(claim.at("/balances/interest").asText()).isEqualTo("0.00");
        assertThat(claim.at("/balances/fees").asText()).isEqualTo("5.00");
        assertThat(claim.at("/balances/paid").asText()).isEqualTo("50.00");
        assertThat(claim.at("/balances/outstanding").asText()).isEqualTo("76.97");
        assertThat(claim.get("status").asText()).isEqualTo("OPEN");
        assertThat(driver.timer(claimId, "Event_UntilFirstDemandDate")).isNotNull();
        assertThat(paymentMessagesTaken(claimId)).isEqualTo(1);
        assertThat(outstandingBalanceVariable(claimId)).isEqualTo("76.97");
    }

    @Test
    void aReplayAnswersTheFirstResultAndADifferentEventUnderTheSameReferenceIsAConflict() {
        String claimId = remindedClaim();
        String payment = event("{\"type\": \"DIRECT_PAYMENT\", \"amount\": \"10.00\", \"paidOn\": \"2026-01-12\"}");
        Answer first = report(claimId, payment);

        Answer replay = report(claimId, payment);
        Answer conflict = report(claimId, payment.replace("10.00", "11.00"));

        assertThat(replay.status()).isEqualTo(HttpStatus.OK);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(conflict.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(view(claimId).at("/balances/paid").asText()).isEqualTo("10.00");
        assertThat(http.get("/api/v1/claims/" + claimId + "/events").body()).hasSize(1);
    }

    @Test
    void aPaymentOfEverythingOwedEndsCollection() {
        String claimId = remindedClaim();

        Answer answer = report(claimId,
                event("{\"type\": \"DIRECT_PAYMENT\", \"amount\": \"126.97\", \"paidOn\": \"2026-01-12\"}"));
        driver.runContinuations(claimId);

        assertThat(answer.body().get("message").asText()).isEqualTo("saatava.claimPaidInFull");
        JsonNode claim = view(claimId);
        assertThat(claim.at("/balances/outstanding").asText()).isEqualTo("0.00");
        assertThat(claim.at("/balances/paid").asText()).isEqualTo("126.97");
        assertThat(claim.at("/process/state").asText()).isEqualTo("ENDED");
        assertThat(claim.get("status").asText()).isEqualTo("PAID");
        assertThat(claim.get("nextStep").isNull()).isTrue();
    }

    @Test
    void aCreditNoteLowersThePrincipalButNeverBelowZero() {
        String claimId = remindedClaim();

        Answer credit = report(claimId, event("""
                {"type": "CREDIT_NOTE", "amount": "20.00", "date": "2026-01-12", "creditNoteNumber": "CN-7"}"""));
        Answer tooMuch = report(claimId, event("""
                {"type": "CREDIT_NOTE", "amount": "100.01", "date": "2026-01-12"}"""));

        assertThat(credit.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(credit.body().get("message").asText()).isEqualTo("saatava.paymentReceived");
        assertThat(credit.body().at("/ledgerEntry/type").asText()).isEqualTo("CREDIT_NOTE");
        assertThat(credit.body().at("/ledgerEntry/lines").toString())
                .isEqualTo("[{\"component\":\"PRINCIPAL\",\"amount\":\"-20.00\"}]");
        assertThat(tooMuch.status()).isEqualTo(HttpStatus.CONFLICT);
        JsonNode claim = view(claimId);
        assertThat(claim.at("/balances/principal").asText()).isEqualTo("100.00");
        assertThat(claim.at("/balances/credited").asText()).isEqualTo("20.00");
        assertThat(claim.at("/balances/outstanding").asText()).isEqualTo("106.97");
        assertThat(http.get("/api/v1/claims/" + claimId + "/events").body()).hasSize(1);
        // The process heard of the lower balance once (the refused note told it nothing) and collection goes on.
        assertThat(paymentMessagesTaken(claimId)).isEqualTo(1);
        assertThat(outstandingBalanceVariable(claimId)).isEqualTo("106.97");
        assertThat(driver.timer(claimId, "Event_UntilFirstDemandDate")).isNotNull();
    }

    @Test
    void anAdditionalClaimRaisesThePrincipalWithInterestFromItsOwnDueDate() {
        String claimId = remindedClaim();
        Job firstDemandTimer = driver.timer(claimId, "Event_UntilFirstDemandDate");

        Answer additional = report(claimId, event(NOVEMBER_INVOICE));

        assertThat(additional.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(additional.body().get("message").isNull()).isTrue();
        JsonNode entry = additional.body().get("ledgerEntry");
        assertThat(entry.get("type").asText()).isEqualTo("ADDITIONAL_CLAIM");
        assertThat(entry.get("valueDate").asText()).isEqualTo("2025-11-17");
        assertThat(entry.get("lines").toString()).isEqualTo("[{\"component\":\"PRINCIPAL\",\"amount\":\"30.00\"}]");
        assertThat(entry.get("description").asText()).contains("INV-1002");
        // No message: the process waits for the first demand's day as before; that letter will itemise the new debt.
        assertThat(driver.timer(claimId, "Event_UntilFirstDemandDate").getId()).isEqualTo(firstDemandTimer.getId());
        assertThat(paymentMessagesTaken(claimId)).isZero();
        JsonNode claim = view(claimId);
        assertThat(claim.at("/balances/principal").asText()).isEqualTo("150.00");
        // 120.00 × 9.5 % × 63 / 365 + 30.00 × 9.5 % × 42 / 365, rounded once: 1.9677 + 0.3279 = 2.30.
        assertThat(claim.at("/balances/interest").asText()).isEqualTo("2.30");
        assertThat(claim.at("/balances/outstanding").asText()).isEqualTo("157.30");
        assertThat(claim.get("timeline").findValuesAsText("type")).contains("ADDITIONAL_CLAIM");
    }

    @Test
    void anAdditionalClaimOnAClosedClaimIsRefusedAndNothingIsBooked() {
        String claimId = remindedClaim();
        report(claimId, event("{\"type\": \"WITHDRAWAL\", \"reason\": \"Settled with the debtor\"}"));
        driver.runContinuations(claimId); // closeClaim

        Answer additional = report(claimId, event(NOVEMBER_INVOICE));

        assertThat(additional.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(additional.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(additional.body().get("detail").asText()).contains("WITHDRAWN", "Nothing was recorded");
        JsonNode claim = view(claimId);
        assertThat(claim.at("/balances/principal").asText()).isEqualTo("120.00");
        assertThat(claim.get("timeline").findValuesAsText("type")).doesNotContain("ADDITIONAL_CLAIM");
        assertThat(http.get("/api/v1/claims/" + claimId + "/events").body()).hasSize(1);
    }

    @Test
    void aWithdrawalClosesTheClaimAndVoidsTheLetterNotYetSentWithItsFee() {
        journey.standOn(MONDAY);
        String claimId = driver.submit(validConsumerClaim().toString());
        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId);
        driver.passReminderWait(claimId); // the reminder is prepared with its 5.00 fee, not sent yet

        Answer answer = report(claimId, event("{\"type\": \"WITHDRAWAL\", \"reason\": \"Settled with the debtor\"}"));
        driver.runContinuations(claimId); // closeClaim

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.body().get("message").asText()).isEqualTo("saatava.claimWithdrawn");
        JsonNode claim = view(claimId);
        assertThat(claim.get("status").asText()).isEqualTo("CLOSED");
        assertThat(claim.at("/closed/reason").asText()).isEqualTo("WITHDRAWN");
        assertThat(claim.at("/process/state").asText()).isEqualTo("ENDED");
        String processInstanceId = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(claimId).rootProcessInstances().singleResult().getId();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId("StartEvent_ClaimWithdrawn").count()).isEqualTo(1);
        assertThat(claim.at("/letters/0/voidedAt").asText()).isNotBlank();
        assertThat(claim.at("/balances/fees").asText()).isEqualTo("0.00");
        assertThat(claim.get("timeline").findValuesAsText("type")).contains("REVERSAL", "CREDITOR_EVENT", "CLOSED");
        Answer again = report(claimId, event("{\"type\": \"WITHDRAWAL\", \"reason\": \"Once more\"}"));
        assertThat(again.status()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aDisputeStopsCollectionForAnOperatorsAssessment() {
        String claimId = remindedClaim();

        Answer answer = report(claimId, event("""
                {"type": "DISPUTE_NOTICE", "receivedOn": "2026-01-12", "reason": "The router was never delivered"}"""));

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.body().get("message").asText()).isEqualTo("saatava.disputeRaised");
        assertThat(answer.body().get("ledgerEntry").isNull()).isTrue();
        Task assessment = taskService.createTaskQuery().processInstanceBusinessKey(claimId).singleResult();
        assertThat(assessment.getTaskDefinitionKey()).isEqualTo("Activity_AssessDispute");
        assertThat(driver.timer(claimId)).isNull();
        JsonNode claim = view(claimId);
        assertThat(claim.get("stage").asText()).isEqualTo("DISPUTE");
        assertThat(claim.get("status").asText()).isEqualTo("OPEN");
        // A dispute moves no money: the debt stands while it is assessed.
        assertThat(claim.at("/balances/outstanding").asText()).isEqualTo("126.97");
        assertThat(claim.get("timeline").findValuesAsText("type")).contains("CREDITOR_EVENT");
    }

    @Test
    void theDisputesAcknowledgementNamesTheDayItWasReceivedAndNeverAnEarlierDisputesDay() {
        String claimId = remindedClaim();
        journey.standOn(MONDAY.plusDays(2));
        report(claimId, event("""
                {"type": "DISPUTE_NOTICE", "receivedOn": "2026-01-13", "reason": "The router was never delivered"}"""));

        JsonNode first = acknowledgedAsUnfounded(claimId);

        assertThat(first.get("type").asText()).isEqualTo("DISPUTE_ACKNOWLEDGEMENT");
        assertThat(first.get("letterDate").asText()).isEqualTo("2026-01-14");
        assertThat(first.get("disputeReceivedOn").asText()).isEqualTo("2026-01-13");

        // An operator raises the next dispute straight through the engine: the gateway has no date for it.
        journey.standOn(MONDAY.plusDays(3));
        runtimeService.createMessageCorrelation(ProcessContract.Messages.DISPUTE_RAISED)
                .processInstanceBusinessKey(claimId).correlate();
        JsonNode second = acknowledgedAsUnfounded(claimId);
        assertThat(second.get("type").asText()).isEqualTo("DISPUTE_ACKNOWLEDGEMENT");
        assertThat(second.has("disputeReceivedOn")).isFalse();

        journey.standOn(MONDAY.plusDays(4));
        report(claimId, event("""
                {"type": "DISPUTE_NOTICE", "receivedOn": "2026-01-16", "reason": "Paid in cash at the shop"}"""));
        JsonNode third = acknowledgedAsUnfounded(claimId);
        assertThat(third.get("disputeReceivedOn").asText()).isEqualTo("2026-01-16");
    }

    /** The operator finds the dispute clearly unfounded; the acknowledgement goes out and collection resumes. */
    private JsonNode acknowledgedAsUnfounded(String claimId) {
        Task assessment = taskService.createTaskQuery().processInstanceBusinessKey(claimId)
                .taskDefinitionKey("Activity_AssessDispute").singleResult();
        taskService.complete(assessment.getId(), Map.of(ProcessContract.Variables.DISPUTE_DECISION,
                ProcessContract.DisputeDecisions.CLEARLY_UNFOUNDED));
        driver.runContinuations(claimId);
        JsonNode letter = driver.sendLetter(claimId, journey.now());
        driver.runContinuations(claimId);
        assertThat(driver.timer(claimId, "Event_UntilFirstDemandDate")).as("collection resumed").isNotNull();
        return letter;
    }

    @Test
    void aDisputeTheProcessCannotTakeNowIsRefusedAndNothingIsRecorded() {
        String claimId = driver.submit(validConsumerClaim().toString()); // still in the credit check

        Answer answer = report(claimId, event("""
                {"type": "DISPUTE_NOTICE", "receivedOn": "2025-11-20", "reason": "Not mine"}"""));

        assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.body().get("detail").asText()).contains("Nothing was recorded");
        assertThat(http.get("/api/v1/claims/" + claimId + "/events").body()).isEmpty();
    }

    @Test
    void badEventsAreProblemsNamingEachField() {
        String claimId = driver.submit(validConsumerClaim().toString());
        String future = LocalDate.now(clock).plusDays(1).toString();

        List<Answer> answers = List.of(
                report(claimId, event("{\"type\": \"REFUND\", \"amount\": \"1.00\"}")),
                report(claimId, "{\"amount\": \"1.00\"}"),
                report(claimId, event("{\"type\": \"DIRECT_PAYMENT\", \"amount\": \"0.00\", \"paidOn\": \"2026-01-01\"}")),
                report(claimId, event("{\"type\": \"DIRECT_PAYMENT\", \"amount\": \"5.00\", \"paidOn\": \"" + future
                        + "\"}")),
                report(claimId, event("{\"type\": \"WITHDRAWAL\", \"reason\": \"x\", \"urgent\": true}")),
                report(claimId, "{\"type\": \"WITHDRAWAL\", \"reason\": \"No reference\"}"),
                report(claimId, event("""
                        {"type": "ADDITIONAL_CLAIM", "amount": "5.00", "invoiceNumber": "1", "invoiceDate": "2025-12-01",
                         "dueDate": "2025-11-01", "description": "x"}""")));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        });
        assertThat(answers.stream().map(answer -> answer.body().get("errors").findValuesAsText("field")))
                .containsExactly(List.of("type"), List.of("type"), List.of("amount"), List.of("paidOn"),
                        List.of("urgent"), List.of("eventReference"), List.of("dueDate"));
    }

    @Test
    void anotherCreditorsClaimIsNotFound() {
        String claimId = driver.submit(validConsumerClaim().toString());
        String another = creditors.register().apiKey();

        Answer answer = http.post(another, "/api/v1/claims/" + claimId + "/events",
                event("{\"type\": \"WITHDRAWAL\", \"reason\": \"Not yours\"}"));
        Answer list = http.get(another, "/api/v1/claims/" + claimId + "/events");

        assertThat(answer.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(list.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(list.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(http.get("/api/v1/claims/" + claimId + "/events").body()).isEmpty();
        assertThat(view(claimId).at("/process/state").asText()).isEqualTo("RUNNING");
    }

    @Test
    void anOperatorRecordsADisputeTheDebtorMadeToTheAgencyAsTheCreditorsWouldBe() {
        String claimId = remindedClaim();
        journey.standOn(MONDAY.plusDays(2));
        String dispute = """
                {"receivedOn": "2026-01-13", "description": "The debtor phoned: the router was never delivered"}""";

        Answer answer = recordAsOperator(claimId, dispute);

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.body().get("type").asText()).isEqualTo("DISPUTE_NOTICE");
        assertThat(answer.body().get("recordedBy").asText()).isEqualTo("OPERATOR");
        assertThat(answer.body().get("message").asText()).isEqualTo("saatava.disputeRaised");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(claimId).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Activity_AssessDispute");
        JsonNode claim = view(claimId);
        assertThat(claim.get("stage").asText()).isEqualTo("DISPUTE");
        assertThat(claim.get("timeline").findValuesAsText("type")).contains("OPERATOR_EVENT")
                .doesNotContain("CREDITOR_EVENT");
        // The creditor sees who recorded it.
        assertThat(http.get("/api/v1/claims/" + claimId + "/events").body().findValuesAsText("recordedBy"))
                .containsExactly("OPERATOR");
        // A retried request is the same dispute, not a second one.
        Answer retried = recordAsOperator(claimId, dispute);
        assertThat(retried.status()).isEqualTo(HttpStatus.OK);
        assertThat(retried.body().get("id")).isEqualTo(answer.body().get("id"));

        JsonNode acknowledgement = acknowledgedAsUnfounded(claimId);
        assertThat(acknowledgement.get("type").asText()).isEqualTo("DISPUTE_ACKNOWLEDGEMENT");
        assertThat(acknowledgement.get("disputeReceivedOn").asText()).isEqualTo("2026-01-13");
    }

    @Test
    void anOperatorsDisputeOnAClosedOrUnknownClaimIsRefusedAndNothingIsRecorded() {
        String claimId = remindedClaim();
        report(claimId, event("{\"type\": \"WITHDRAWAL\", \"reason\": \"Settled with the debtor\"}"));
        driver.runContinuations(claimId); // closeClaim
        String dispute = """
                {"receivedOn": "2026-01-12", "description": "Not mine"}""";

        Answer closed = recordAsOperator(claimId, dispute);
        Answer unknown = recordAsOperator(UUID.randomUUID().toString(), dispute);

        assertThat(closed.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(closed.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(closed.body().get("detail").asText()).contains("was closed", "Nothing was recorded");
        JsonNode recorded = http.get("/api/v1/claims/" + claimId + "/events").body();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).get("type").asText()).isEqualTo("WITHDRAWAL");
        assertThat(unknown.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void badOperatorDisputesAreProblemsNamingEachField() {
        String claimId = remindedClaim();
        String future = LocalDate.now(clock).plusDays(1).toString();

        List<Answer> answers = List.of(
                recordAsOperator(claimId, "{\"description\": \"No date\"}"),
                recordAsOperator(claimId, "{\"receivedOn\": \"" + future + "\", \"description\": \"Tomorrow\"}"),
                recordAsOperator(claimId, "{\"receivedOn\": \"2026-01-12\", \"description\": \" \"}"),
                recordAsOperator(claimId, "{\"receivedOn\": \"2026-01-12\", \"description\": \""
                        + "x".repeat(1001) + "\"}"),
                recordAsOperator(claimId, "{\"receivedOn\": \"2026-01-12\", \"description\": \"x\", "
                        + "\"eventReference\": \"R-1\"}"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        });
        assertThat(answers.stream().map(answer -> answer.body().get("errors").findValuesAsText("field")))
                .containsExactly(List.of("receivedOn"), List.of("receivedOn"), List.of("description"),
                        List.of("description"), List.of("eventReference"));
        assertThat(http.get("/api/v1/claims/" + claimId + "/events").body()).isEmpty();
    }

    @Test
    void aCreditorsKeyCannotRecordAnOperatorsDispute() {
        String claimId = remindedClaim();

        Answer answer = http.post(http.defaultCreditor().apiKey(), "/api/admin/claims/" + claimId + "/disputes", """
                {"receivedOn": "2026-01-12", "description": "Not mine"}""");

        assertThat(answer.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.get("/api/v1/claims/" + claimId + "/events").body()).isEmpty();
    }
}
