package fi.saatava.gateway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.CollectionJourney;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.MoneyApi;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * A business claim through business-collection with the real delegates: reminder, demand, the tratta instead of a
 * second demand (PerintäL 7 §), its registration and publication 14 days after sending, then court. Invoice 1 800.00 €
 * due 15.12.2025; collection starts Monday 12.1.2026.
 */
@GatewayTest
class BusinessCollectionProcessTest {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Autowired
    CollectionJourney journey;

    @Autowired
    ProcessDriver driver;

    @Autowired
    GatewayHttp http;

    @Autowired
    AdjustableClock clock;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ExternalTaskService externalTaskService;

    @Autowired
    ClaimRepository claims;

    @Autowired
    LedgerService ledger;

    @Autowired
    MoneyApi money;

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    static String businessClaim() {
        ObjectNode claim = ClaimJson.validBusinessClaim();
        ClaimJson.invoice(claim).put("invoiceDate", "2025-12-01").put("dueDate", "2025-12-15")
                .put("principal", "1800.00");
        return claim.toString();
    }

    /** Submits the claim on Monday 12.1.2026 and sends the reminder and the demand on their earliest days. */
    private String afterTheDemand() {
        journey.standOn(LocalDate.parse("2026-01-12"));
        String claimId = driver.submit(businessClaim());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimId)
                .processDefinitionKey(ProcessContract.Processes.BUSINESS_COLLECTION).count()).isEqualTo(1);
        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId);
        // Due 15.12.2025: a business reminder may go out from the day after (spec §2.2), so today, a banking day.
        assertThat(driver.timer(claimId, ProcessDriver.REMINDER_TIMER).getDuedate())
                .isEqualTo(startOfDay("2026-01-12"));
        journey.fireTimer(claimId, driver.timer(claimId));
        assertThat(driver.sendLetter(claimId, journey.now()).get("type").asText()).isEqualTo("REMINDER");
        driver.runContinuations(claimId);

        // Reminder 12.1., deadline 29.1.: the demand 11 days later at the earliest (10 f §), but not before 30.1.
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(startOfDay("2026-01-30"));
        journey.fireTimer(claimId, driver.timer(claimId));
        assertThat(driver.sendLetter(claimId, journey.now()).get("type").asText()).isEqualTo("FIRST_DEMAND");
        driver.runContinuations(claimId); // chooseDraftOrSecondDemand, then the next letter's date
        return claimId;
    }

    @Test
    void withoutTheAgencysTrattaPolicyTheDemandIsFollowedByASecondDemandAndThenCourt() {
        String claimId = afterTheDemand();

        // After the demand's deadline 16.2.: Tuesday 17.2.
        assertThat(runtimeService.getVariable(driver.processInstanceId(claimId), Variables.NEXT_COLLECTION_STEP))
                .isEqualTo("SECOND_DEMAND");
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(startOfDay("2026-02-17"));
        journey.fireTimer(claimId, driver.timer(claimId));
        assertThat(driver.sendLetter(claimId, journey.now()).get("type").asText()).isEqualTo("SECOND_DEMAND");
        driver.runContinuations(claimId);

        // Court after the second demand's deadline 6.3. (a Friday): Monday 9.3.
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(startOfDay("2026-03-09"));
    }

    /** After the demand, an operator sends the tratta instead of the second demand; returns its snapshot. */
    private JsonNode trattaSent(String claimId) {
        // The agency's policy is off in this gateway: an operator sends the tratta instead, as Cockpit lets one.
        runtimeService.createProcessInstanceModification(driver.processInstanceId(claimId))
                .cancelAllForActivity("Event_UntilSecondDemandDate")
                .startBeforeActivity("Activity_ScheduleTratta")
                .execute();
        driver.runContinuations(claimId);

        // The tratta after the demand's deadline 16.2. (7 § 3 mom).
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(startOfDay("2026-02-17"));
        journey.fireTimer(claimId, driver.timer(claimId));
        JsonNode tratta = driver.sendLetter(claimId, journey.now());
        assertThat(tratta.get("type").asText()).isEqualTo("DRAFT");
        return tratta;
    }

    /** The bureau registered the tratta and published it on the first day it may (7 § 6 mom). */
    private void trattaPublished(String claimId) {
        externalTaskService.complete(driver.lock(Topics.DRAFT_REGISTER, claimId).getId(), ProcessDriver.WORKER,
                Map.of(Variables.DRAFT_ID, "DR-" + claimId));
        driver.runContinuations(claimId); // scheduleDraftPublication
        journey.fireTimer(claimId, driver.timer(claimId));
        driver.complete(driver.lock(Topics.DRAFT_PUBLISH, claimId));
        driver.runContinuations(claimId); // scheduleLegalCollection
    }

    @Test
    void aTrattaIsRegisteredPublishedFourteenDaysAfterSendingAndThenTheClaimGoesToCourt() {
        String claimId = afterTheDemand();
        JsonNode tratta = trattaSent(claimId);
        LockedExternalTask register = driver.lock(Topics.DRAFT_REGISTER, claimId);

        GatewayHttp.Answer draft = http.getAsAdmin("/api/internal/claims/" + claimId + "/draft");
        assertThat(draft.status()).isEqualTo(HttpStatus.OK);
        assertThat(draft.body().get("letterId").asText()).isEqualTo(tratta.get("letterId").asText());
        assertThat(draft.body().at("/debtor/type").asText()).isEqualTo("BUSINESS");
        assertThat(draft.body().at("/debtor/identityCode").asText()).isEqualTo(ClaimJson.VALID_Y_TUNNUS);
        assertThat(draft.body().at("/creditor/businessId").asText()).isNotBlank();
        assertThat(draft.body().at("/invoice/number").asText()).isEqualTo("INV-1001");
        assertThat(draft.body().get("amount").asText()).isEqualTo(tratta.get("total").asText());
        assertThat(draft.body().get("sentOn").asText()).isEqualTo("2026-02-17");
        assertThat(draft.body().get("dueDate").asText()).isEqualTo(tratta.get("dueDate").asText());
        assertThat(draft.body().get("reminderSentOn").asText()).isEqualTo("2026-01-30");
        assertThat(draft.body().get("reminderDeadline").asText()).isEqualTo("2026-02-16");

        externalTaskService.complete(register.getId(), ProcessDriver.WORKER, Map.of(Variables.DRAFT_ID, "DR-1"));
        driver.runContinuations(claimId); // scheduleDraftPublication

        // Published 14 days after sending at the earliest (7 § 6 mom): Tuesday 3.3.
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(startOfDay("2026-03-03"));
        journey.fireTimer(claimId, driver.timer(claimId));
        driver.complete(driver.lock(Topics.DRAFT_PUBLISH, claimId));
        driver.runContinuations(claimId); // scheduleLegalCollection

        // Court after the tratta's deadline 6.3. (a Friday): Monday 9.3.
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(startOfDay("2026-03-09"));
    }

    @Test
    void aFullPaymentAfterThePublishedTrattaClosesTheClaimAndTellsTheRegisterTheDayItWasPaid() {
        String claimId = afterTheDemand();
        trattaSent(claimId);
        trattaPublished(claimId);
        journey.standOn(LocalDate.parse("2026-03-05"));
        Claim claim = claims.require(UUID.fromString(claimId));
        Money owed = ledger.balances(claim, LocalDate.parse("2026-03-04")).outstanding();

        JsonNode payment = money.pay(claim.referenceNumber(), owed.toString(), LocalDate.parse("2026-03-04"));
        driver.runContinuations(claimId); // checkDefaultEntries

        assertThat(payment.get("processMessage").asText()).isEqualTo("CLAIM_PAID_IN_FULL");
        Claim paid = claims.require(claim.id());
        assertThat(paid.closure().reason()).isEqualTo(ProcessContract.CloseReasons.PAID);
        assertThat(paid.closure().paidOn()).isEqualTo(LocalDate.parse("2026-03-04"));
        assertThat(driver.timer(claimId)).as("no court date any more").isNull();
        LockedExternalTask notice = driver.lock(Topics.DEFAULT_ENTRY_REMOVE, claimId);
        JsonNode paymentNotice = http.getAsAdmin("/api/internal/claims/" + claimId + "/payment-notice").body();
        assertThat(paymentNotice.get("paidOn").asText()).isEqualTo("2026-03-04");
        assertThat(paymentNotice.at("/debtor/identityCode").asText()).isEqualTo(ClaimJson.VALID_Y_TUNNUS);
        driver.complete(notice);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimId).count()).isZero();
        assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(claim.processInstanceId())
                .count()).as("no letter after the payment").isZero();
    }

    @Test
    void aClaimWithoutATrattaHasNoDraftForTheBureau() {
        journey.standOn(LocalDate.parse("2026-01-12"));
        String claimId = driver.submit(businessClaim());

        assertThat(http.getAsAdmin("/api/internal/claims/" + claimId + "/draft").status())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static Date startOfDay(String date) {
        return Date.from(LocalDate.parse(date).atStartOfDay(FINLAND).toInstant());
    }
}
