package fi.saatava.gateway.ledger;

import static fi.saatava.gateway.support.ClaimJson.invoice;
import static fi.saatava.gateway.support.ClaimJson.validBusinessClaim;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The worked examples of the collection-law spec (§17), to the cent, through the creditor API: claims submitted,
 * collected by the real process (reminder, first and second demand on their earliest legal days), and read back.
 */
@GatewayTest
class WorkedExamplesTest {

    /** Invoices of 1.12.2025 due 15.12.2025; collection starts on Monday 12.1.2026. */
    private static final LocalDate START = LocalDate.parse("2026-01-12");

    @Autowired
    GatewayHttp http;

    @Autowired
    CollectionJourney journey;

    @Autowired
    ProcessDriver driver;

    @Autowired
    AdjustableClock clock;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    private static ObjectNode invoiceOf(ObjectNode claim, String principal) {
        invoice(claim).put("principal", principal).put("invoiceDate", "2025-12-01").put("dueDate", "2025-12-15");
        return claim;
    }

    private JsonNode collectedThroughTheSecondDemand(ObjectNode claim) {
        String claimId = journey.toLegalCollectionTimer(claim.toString(), START);
        return http.get("/api/v1/claims/" + claimId).body();
    }

    private static List<String> fees(JsonNode claim) {
        return entries(claim, "FEE").stream().map(entry -> entry.get("amount").asText()).toList();
    }

    private static List<JsonNode> entries(JsonNode claim, String type) {
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode entry : claim.get("timeline")) {
            if (entry.get("type").asText().equals(type)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    @ParameterizedTest(name = "consumer claim of {0}: reminder {1}, demand {2}, second demand {3}")
    @CsvSource({
            // principal, reminder, demand, second demand, all fees (spec §17; caps 60 / 120 / 120 / 210 not reached)
            "80.00, 5.00, 14.00, 7.00, 26.00",
            "150.00, 5.00, 24.00, 12.00, 41.00",
            "1000.00, 5.00, 24.00, 12.00, 41.00",
            "1000.01, 5.00, 50.00, 25.00, 80.00"})
    void theFeesOfAConsumerClaim(String principal, String reminder, String demand, String secondDemand,
                                 String total) {
        JsonNode claim = collectedThroughTheSecondDemand(invoiceOf(validConsumerClaim(), principal));

        assertThat(fees(claim)).containsExactly(reminder, demand, secondDemand);
        assertThat(claim.at("/balances/fees").asText()).isEqualTo(total);
        assertThat(claim.at("/balances/principal").asText()).isEqualTo(principal);
        assertThat(claim.get("stage").asText()).isEqualTo("LEGAL_COLLECTION");
    }

    @Test
    void aCommercialPaymentOf1800WithTheStandardCompensationOwes117NeverNot157() {
        ObjectNode claim = invoiceOf(validBusinessClaim(), "1800.00");
        claim.set("terms", ClaimJson.parse("{\"commercialPayment\": true}"));

        JsonNode collected = collectedThroughTheSecondDemand(claim);

        // 40 € standard compensation at once (PerintäL 10 i §); the reminder's 12 € is covered by it, the demand's
        // 70 € adds 42 €, the second demand 35 €: max(V, F) = max(40, 12 + 70 + 35) = 117 € (spec §2.5, §17).
        assertThat(fees(collected)).containsExactly("40.00", "0.00", "42.00", "35.00");
        assertThat(collected.at("/balances/fees").asText()).isEqualTo("117.00");
        JsonNode reminderFee = entries(collected, "FEE").get(1);
        assertThat(reminderFee.get("description").asText()).contains("covered by the standard compensation");
    }

    @Test
    void aBusinessClaimOf300WithATrattaOwesOneDemandFeeAndTheTrattaFee() {
        journey.standOn(START);
        String claimId = driver.submit(invoiceOf(validBusinessClaim(), "300.00").toString());
        journey.sendReminderNow(claimId);
        journey.fireTimer(claimId, driver.timer(claimId));
        journey.sendLetterNow(claimId); // the first demand
        driver.runContinuations(claimId);
        // The agency's tratta policy is off in this gateway: an operator sends the tratta instead, as Cockpit lets one.
        runtimeService.createProcessInstanceModification(driver.processInstanceId(claimId))
                .cancelAllForActivity("Event_UntilSecondDemandDate")
                .startBeforeActivity("Activity_ScheduleTratta")
                .execute();
        driver.runContinuations(claimId);
        journey.fireTimer(claimId, driver.timer(claimId));
        assertThat(driver.sendLetter(claimId, journey.now()).get("type").asText()).isEqualTo("DRAFT");

        JsonNode claim = http.get("/api/v1/claims/" + claimId).body();

        // Reminder 12 €, one demand 50 € and the tratta 110 € (PerintäL 10 e § 1 mom, 10 g §; spec §2.1, §17).
        assertThat(fees(claim)).containsExactly("12.00", "50.00", "110.00");
        assertThat(claim.at("/balances/fees").asText()).isEqualTo("172.00");
        assertThat(claim.get("stage").asText()).isEqualTo("TRATTA");
    }

    @Test
    void aBusinessClaimOf300NeverOwesMoreThan250InCollectionCosts() {
        String claimId = journey.toLegalCollectionTimer(invoiceOf(validBusinessClaim(), "300.00").toString(), START);
        LocalDate today = LocalDate.now(clock);
        // 36 instalments of 20 € every 20 days: the plan fee alone would be 30 € + 30 × 5 € = 180 € (10 e § 1 mom 6 k).
        StringBuilder instalments = new StringBuilder();
        for (int i = 0; i < 36; i++) {
            instalments.append(i == 0 ? "" : ", ").append("{\"dueDate\": \"%s\", \"amount\": \"20.00\"}"
                    .formatted(today.plusDays(7 + 20L * i)));
        }
        Answer requested = http.post(http.defaultCreditor().apiKey(), "/api/v1/claims/" + claimId
                + "/payment-plan-requests", "{\"instalments\": [" + instalments + "]}");
        assertThat(requested.status()).as("%s", requested.body()).isEqualTo(HttpStatus.CREATED);
        driver.runContinuations(claimId); // checkPaymentPlan: more than 6 instalments need an operator
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(claimId).singleResult();
        taskService.complete(approval.getId(), Map.of(ProcessContract.Variables.PAYMENT_PLAN_APPROVAL,
                ProcessContract.PaymentPlanApprovals.APPROVED));
        driver.runContinuations(claimId); // the plan's confirmation with its fee

        JsonNode claim = http.get("/api/v1/claims/" + claimId).body();

        // Reminder 12 + demand 50 + second demand 25 = 87 €; the plan may add only 163 € up to the 250 € cap of a
        // principal of at most 500 € (PerintäL 10 h § 1 mom, spec §2.4, §17).
        assertThat(fees(claim)).containsExactly("12.00", "50.00", "25.00", "163.00");
        assertThat(claim.at("/balances/fees").asText()).isEqualTo("250.00");
        assertThat(entries(claim, "FEE").get(3).get("description").asText()).contains("10 h §");
    }

    @Test
    void interestAcrossAHalfYearBoundaryAndTheAmountDueOnTheDayOfPayment() {
        ObjectNode body = validConsumerClaim();
        invoice(body).put("principal", "1000.00").put("invoiceDate", "2024-11-15").put("dueDate", "2024-12-15");
        String claimId = driver.submit(body.toString()); // paid while still in the credit check: no letter, no fee

        // 16 days of 2024-H2 at 11.5 % (leap year) and 14 days of 2025-H1 at 10.5 %: 9.0547… € (spec §6, §17).
        JsonNode due = http.get("/api/v1/claims/" + claimId + "?asOf=2025-01-14").body();
        assertThat(due.at("/balances/interest").asText()).isEqualTo("9.05");
        assertThat(due.at("/balances/outstanding").asText()).isEqualTo("1009.05");

        Answer paid = http.post(http.defaultCreditor().apiKey(), "/api/v1/claims/" + claimId + "/events", """
                {"type": "DIRECT_PAYMENT", "eventReference": "%s", "amount": "1009.05", "paidOn": "2025-01-14"}"""
                .formatted(UUID.randomUUID()));

        assertThat(paid.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(paid.body().at("/ledgerEntry/lines").toString()).isEqualTo(
                "[{\"component\":\"INTEREST\",\"amount\":\"-9.05\"},{\"component\":\"PRINCIPAL\",\"amount\":\"-1000.00\"}]");
        assertThat(paid.body().get("message").asText()).isEqualTo("saatava.claimPaidInFull");
        JsonNode after = http.get("/api/v1/claims/" + claimId).body();
        assertThat(after.at("/balances/outstanding").asText()).isEqualTo("0.00");
        JsonNode interest = entries(after, "INTEREST").get(0);
        assertThat(interest.get("amount").asText()).isEqualTo("9.05");
        assertThat(interest.get("description").asText()).contains("2024-H2", "11.5 %", "2025-H1", "10.5 %");
    }
}
