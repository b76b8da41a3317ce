package fi.saatava.gateway.paymentplans;

import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.EntryType;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.CollectionJourney;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.MoneyApi;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.fees.FeeAction;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Payment plans through the creditor API and the payment-plan model with the real delegates: a consumer claim of
 * 120.00 € due 10.11.2025 whose reminder (5.00 €) went out on 17.12.2025.
 */
@GatewayTest
class PaymentPlanTest {

    @Autowired
    CollectionJourney journey;
    @Autowired
    ProcessDriver driver;
    @Autowired
    GatewayHttp http;
    @Autowired
    MoneyApi money;
    @Autowired
    LedgerService ledger;
    @Autowired
    ClaimRepository claims;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestCreditors creditors;
    @Autowired
    AdjustableClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    @Test
    void aPlanWithAMissedInstalmentResumesCollectionTheDayAfterTheInstalmentRemindersDeadline() {
        Claim claim = claimWaitingForTheFirstDemand();
        String claimId = claim.id().toString();
        journey.standOn(LocalDate.parse("2025-12-22"));

        GatewayHttp.Answer requested = requestPlan(claimId, """
                {"instalments": [{"dueDate": "2026-01-15", "amount": "50.00"},
                                 {"dueDate": "2026-02-15", "amount": "50.00"},
                                 {"dueDate": "2026-03-15", "amount": "50.00"}]}""");
        assertThat(requested.status()).as("%s", requested.body()).isEqualTo(HttpStatus.CREATED);
        UUID planId = UUID.fromString(requested.body().get("id").asText());
        assertThat(driver.timer(claimId)).as("the first demand's timer is gone").isNull();

        driver.runContinuations(claimId); // checkPaymentPlan, then the confirmation letter with the plan fee
        JsonNode confirmation = driver.sendLetter(claimId, journey.now());
        assertThat(confirmation.get("type").asText()).isEqualTo("PAYMENT_PLAN_CONFIRMATION");
        assertThat(confirmation.get("instalments")).hasSize(3);
        assertThat(confirmation.at("/payment/amount").asText()).isEqualTo("50.00");
        assertThat(confirmation.get("dueDate").asText()).isEqualTo("2026-01-15");
        // 3 instalments, principal 100–1 000 €: 20 € (PerintäL 10 a § 1 mom 7 k, spec §3.1 row 7).
        LedgerEntry planFee = ledger.entries(claim.id()).stream()
                .filter(entry -> entry.type() == EntryType.FEE && entry.fee().action() == FeeAction.PAYMENT_PLAN)
                .findFirst().orElseThrow();
        assertThat(planFee.amount()).isEqualTo(Money.of("20.00"));
        driver.runContinuations(claimId); // scheduleInstalmentCheck
        // Due Thursday 15.1.2026; its payments are in the bank file of Friday 16.1.
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(at("2026-01-16T12:00"));

        journey.standOn(LocalDate.parse("2026-01-15"));
        money.pay(claim.referenceNumber(), "50.00", LocalDate.parse("2026-01-15"));
        journey.fireTimer(claimId, driver.timer(claimId)); // paid; the next check
        // Due Sunday 15.2.2026, so Monday 16.2.; checked on Tuesday 17.2.
        Job secondCheck = driver.timer(claimId);
        assertThat(secondCheck.getDuedate()).isEqualTo(at("2026-02-17T12:00"));

        journey.fireTimer(claimId, secondCheck); // nothing paid: the instalment reminder
        JsonNode reminder = driver.sendLetter(claimId, journey.now());
        assertThat(reminder.get("type").asText()).isEqualTo("INSTALMENT_REMINDER");
        assertThat(reminder.at("/missedInstalment/dueDate").asText()).isEqualTo("2026-02-15");
        assertThat(reminder.get("dueDate").asText()).isEqualTo("2026-03-06");
        driver.runContinuations(claimId); // back in Collection: the first demand is scheduled

        // Sent 17.2. + 15 days = 4.3., but not before the day after the reminder's deadline 6.3.: Saturday 7.3.,
        // so Monday 9.3.2026 (spec §3.3, §16).
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(at("2026-03-09T00:00"));
        assertThat(runtimeService.getVariable(driver.processInstanceId(claimId),
                ProcessContract.Variables.NEXT_COLLECTION_STEP)).isEqualTo("FIRST_DEMAND");
        JsonNode plan = http.get("/api/v1/claims/" + claimId + "/payment-plans/" + planId).body();
        assertThat(plan.get("status").asText()).isEqualTo("DEFAULTED");
        assertThat(plan.get("missedInstalment").asInt()).isEqualTo(2);
    }

    @Test
    void aPlanBeyondTheOperatorsLimitsWaitsForAnOperatorsApproval() {
        Claim claim = claimWaitingForTheFirstDemand();
        String claimId = claim.id().toString();
        StringBuilder instalments = new StringBuilder();
        for (int month = 1; month <= 8; month++) {
            instalments.append(month == 1 ? "" : ",").append("{\"dueDate\": \"2026-%02d-05\", \"amount\": \"21.00\"}"
                    .formatted(month));
        }

        GatewayHttp.Answer requested = requestPlan(claimId, "{\"instalments\": [" + instalments + "]}");
        driver.runContinuations(claimId);

        assertThat(requested.status()).as("%s", requested.body()).isEqualTo(HttpStatus.CREATED);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(claimId)
                .taskDefinitionKey("Activity_ApprovePlan").taskCandidateGroup(ProcessContract.Groups.OPERATORS)
                .count()).isEqualTo(1);
        JsonNode plan = http.get(requested.location()).body();
        assertThat(plan.get("status").asText()).isEqualTo("NEEDS_APPROVAL");
        assertThat(plan.get("checkExplanation").asText()).contains("8 instalments, more than 6")
                .contains("PerintäL 10 a § 1 mom 7 k");
    }

    @Test
    void aBadRequestNamesEveryFieldAndAPlanDuringTheCreditCheckIsRefused() {
        journey.standOn(LocalDate.parse("2025-12-17"));
        Claim claim = claims.require(UUID.fromString(driver.submit(validConsumerClaim().toString())));
        String claimId = claim.id().toString();

        GatewayHttp.Answer bad = requestPlan(claimId, """
                {"instalments": [{"dueDate": "2025-12-01", "amount": "60.00"},
                                 {"dueDate": "2025-11-30", "amount": "-1"}]}""");
        GatewayHttp.Answer tooLittle = requestPlan(claimId, """
                {"instalments": [{"dueDate": "2026-01-15", "amount": "60.00"},
                                 {"dueDate": "2026-02-15", "amount": "60.00"}]}""");
        GatewayHttp.Answer duringCreditCheck = requestPlan(claimId, """
                {"instalments": [{"dueDate": "2026-01-15", "amount": "80.00"},
                                 {"dueDate": "2026-02-15", "amount": "80.00"}]}""");
        GatewayHttp.Answer othersClaim = http.post(creditors.register().apiKey(), "/api/v1/claims/" + claimId + "/payment-plan-requests", """
                {"instalments": [{"dueDate": "2026-01-15", "amount": "200.00"}]}""");

        assertThat(bad.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.body().get("errors")).extracting(error -> error.get("field").asText())
                .contains("instalments[1].amount");
        assertThat(tooLittle.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLittle.body().at("/errors/0/field").asText()).isEqualTo("instalments");
        assertThat(tooLittle.body().at("/errors/0/message").asText()).contains("whole remaining claim");
        assertThat(duringCreditCheck.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(othersClaim.status()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void datesOutOfOrderOrInThePastAreNamed() {
        Claim claim = claimWaitingForTheFirstDemand();

        GatewayHttp.Answer answer = requestPlan(claim.id().toString(), """
                {"instalments": [{"dueDate": "2025-12-01", "amount": "80.00"},
                                 {"dueDate": "2025-11-30", "amount": "80.00"}]}""");

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.body().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("instalments[0].dueDate", "instalments[1].dueDate");
    }

    private GatewayHttp.Answer requestPlan(String claimId, String json) {
        return http.post(http.defaultCreditor().apiKey(), "/api/v1/claims/" + claimId + "/payment-plan-requests",
                json);
    }

    private Claim claimWaitingForTheFirstDemand() {
        journey.standOn(LocalDate.parse("2025-12-17"));
        Claim claim = claims.require(UUID.fromString(driver.submit(validConsumerClaim().toString())));
        journey.sendReminderNow(claim.id().toString());
        return claim;
    }

    private static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ClockConfiguration.FINLAND).toInstant());
    }
}
