package fi.saatava.gateway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.Balances;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.CollectionJourney;
import fi.saatava.gateway.support.FilingApi;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Insolvency proceedings on the real engine with the real delegates: an operator's notice freezes collection, the
 * claim is lodged with the interest split at the start (spec §11), and collection resumes or a payment programme
 * runs to its end. Consumer claim of 120.00 € due 15.12.2025; collection starts Monday 12.1.2026.
 */
@GatewayTest
class InsolvencyProcessTest {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final String ADMINISTRATOR = """
            "administrator": {"name": "Asianajotoimisto Pesä Oy", "email": "valvonta@pesa.example",
                              "address": {"street": "Pesäkatu 1", "postalCode": "00100", "city": "Helsinki"}}""";

    @Autowired
    CollectionJourney journey;

    @Autowired
    ProcessDriver driver;

    @Autowired
    FilingApi filings;

    @Autowired
    GatewayHttp http;

    @Autowired
    AdjustableClock clock;

    @Autowired
    TaskService taskService;

    @Autowired
    ExternalTaskService externalTaskService;

    @Autowired
    LedgerService ledger;

    @Autowired
    ClaimRepository claims;

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    @Test
    void aBankruptcyNoticeFreezesCollectionTheClaimIsLodgedWithInterestSplitAndCollectionResumes() {
        journey.standOn(LocalDate.parse("2026-01-12"));
        String claimId = driver.submit(LegalCollectionProcessTest.claim());
        journey.sendReminderNow(claimId); // 5.00 € (spec §3.1)

        journey.standOn(LocalDate.parse("2026-01-21"));
        GatewayHttp.Answer notice = notice(claimId, """
                {"procedure": "BANKRUPTCY", "caseNumber": "K 26/123", "startDate": "2026-01-20",
                 "lodgingDeadline": "2026-03-16", %s}""".formatted(ADMINISTRATOR));
        assertThat(notice.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(notice.body().get("delivered").asBoolean()).isTrue();
        driver.runContinuations(claimId); // freezeCollection
        assertThat(driver.timer(claimId)).as("no demand waits while collection is frozen").isNull();

        LockedExternalTask lodge = driver.lock(Topics.INSOLVENCY_CLAIM_LODGE, claimId);
        GatewayHttp.Answer prepared = filings.prepare(claimId, "insolvency-claims", lodge.getId());
        assertThat(prepared.status()).isEqualTo(HttpStatus.CREATED);
        JsonNode lodging = prepared.body();
        Balances before = ledger.balances(claim(claimId), LocalDate.parse("2026-01-19"));
        assertThat(lodging.get("procedure").asText()).isEqualTo("BANKRUPTCY");
        assertThat(lodging.get("procedureCaseNumber").asText()).isEqualTo("K 26/123");
        assertThat(lodging.get("procedureStartDate").asText()).isEqualTo("2026-01-20");
        assertThat(lodging.get("lodgingDeadline").asText()).isEqualTo("2026-03-16");
        assertThat(lodging.at("/administrator/email").asText()).isEqualTo("valvonta@pesa.example");
        assertThat(lodging.get("principal").asText()).isEqualTo("120.00");
        // Interest up to the day before the start (KonkL 12:7), as the ledger accrued it; after the start separately.
        assertThat(lodging.at("/interestBeforeStart/amount").asText()).isEqualTo(before.interest().toString());
        assertThat(Money.of(lodging.at("/interestBeforeStart/amount").asText()).isPositive()).isTrue();
        assertThat(lodging.at("/interestBeforeStart/from").asText()).isEqualTo("2025-12-16");
        assertThat(lodging.at("/interestBeforeStart/to").asText()).isEqualTo("2026-01-19");
        assertThat(lodging.at("/interestAfterStart/rate").asText()).isEqualTo("9.50");
        assertThat(lodging.at("/interestAfterStart/from").asText()).isEqualTo("2026-01-20");
        assertThat(lodging.at("/costs/0/amount").asText()).isEqualTo("5.00");
        assertThat(Money.of(lodging.get("total").asText())).isEqualTo(
                Money.of("125.00").plus(Money.of(lodging.at("/interestBeforeStart/amount").asText())));
        assertThat(lodging.at("/debtor/identityCode").asText()).isEqualTo("131052-308T");
        assertThat(filings.receipt(lodge.getId(), "Asianajotoimisto Pesä Oy", "LG-1", "2026-01-22T08:00:00Z")
                .status()).isEqualTo(HttpStatus.NO_CONTENT);
        driver.complete(lodge);

        Task outcome = taskService.createTaskQuery().processInstanceBusinessKey(claimId).singleResult();
        assertThat(outcome.getTaskDefinitionKey()).isEqualTo("Activity_RecordOutcome");
        taskService.complete(outcome.getId(), Map.of(Variables.INSOLVENCY_OUTCOME, "RESUME_COLLECTION"));
        driver.runContinuations(claimId); // liftCollectionFreeze, then collection resumes where it stopped

        JsonNode recorded = http.getAsAdmin("/api/admin/claims/" + claimId + "/insolvency-proceedings").body();
        assertThat(recorded.at("/0/endReason").asText()).isEqualTo("COLLECTION_RESUMES");
        assertThat(recorded.at("/0/frozenAt").isNull()).isFalse();
        assertThat(driver.timer(claimId)).as("the first demand is scheduled again").isNotNull();
    }

    @Test
    void debtAdjustmentFoundByTheCreditCheckWaitsForTheOperatorsDetailsAndFollowsThePaymentProgramme() {
        journey.standOn(LocalDate.parse("2026-01-12"));
        String claimId = driver.submit(LegalCollectionProcessTest.claim());
        LockedExternalTask check = driver.lock(Topics.CREDIT_CHECK, claimId);
        externalTaskService.complete(check.getId(), ProcessDriver.WORKER, Map.of(Variables.PAYMENT_DEFAULT_COUNT, 1,
                Variables.PAYMENT_ABILITY_SCORE, 8, Variables.INSOLVENCY_STATUS, "DEBT_ADJUSTMENT"));
        driver.runContinuations(claimId); // collectability: INSOLVENCY; freezeCollection opens the proceedings

        LockedExternalTask lodge = driver.lock(Topics.INSOLVENCY_CLAIM_LODGE, claimId);
        GatewayHttp.Answer refused = filings.prepare(claimId, "insolvency-claims", lodge.getId());
        assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.body().get("detail").asText()).contains("insolvency-proceedings");

        GatewayHttp.Answer details = notice(claimId, """
                {"procedure": "DEBT_ADJUSTMENT", "startDate": "2026-01-05", "lodgingDeadline": "2026-02-27", %s}"""
                .formatted(ADMINISTRATOR));
        assertThat(details.status()).isEqualTo(HttpStatus.OK);
        assertThat(details.body().get("delivered").asBoolean()).isFalse();
        JsonNode lodging = filings.prepare(claimId, "insolvency-claims", lodge.getId()).body();
        // Late interest stops at the start of debt adjustment (VJL 16 §): nothing is claimed after it.
        assertThat(lodging.get("interestAfterStart").isNull()).isTrue();
        assertThat(lodging.at("/interestBeforeStart/to").asText()).isEqualTo("2026-01-04");
        assertThat(lodging.get("costs")).isEmpty();
        driver.complete(lodge);

        Task decision = taskService.createTaskQuery().processInstanceBusinessKey(claimId).singleResult();
        assertThat(decision.getTaskDefinitionKey()).isEqualTo("Activity_RecordProgrammeDecision");
        taskService.complete(decision.getId(), Map.of(Variables.PROGRAMME_DECISION, "CONFIRMED",
                Variables.PROGRAMME_END_DATE, "2029-01-13"));
        driver.runContinuations(claimId); // recordPaymentProgramme

        // The programme ends on Saturday 13.1.2029: its end is checked on the next banking day.
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(startOfDay("2029-01-15"));
    }

    @Test
    void aNoticeNamesItsBadFieldsAndAnUnknownClaimIsNotFound() {
        journey.standOn(LocalDate.parse("2026-01-12"));
        String claimId = driver.submit(LegalCollectionProcessTest.claim());

        GatewayHttp.Answer bad = notice(claimId, """
                {"procedure": "LIQUIDATION", "startDate": "2026-02-01", "lodgingDeadline": "2026-01-01"}""");
        assertThat(bad.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.body().at("/errors/0/field").asText()).isEqualTo("procedure");
        GatewayHttp.Answer backwards = notice(claimId, """
                {"procedure": "BANKRUPTCY", "startDate": "2026-02-01", "lodgingDeadline": "2026-01-01"}""");
        assertThat(backwards.body().at("/errors/0/field").asText()).isEqualTo("lodgingDeadline");
        assertThat(notice(UUID.randomUUID().toString(), "{\"procedure\": \"BANKRUPTCY\"}").status())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private GatewayHttp.Answer notice(String claimId, String json) {
        return filings.post("/api/admin/claims/" + claimId + "/insolvency-proceedings", json);
    }

    private Claim claim(String claimId) {
        return claims.require(UUID.fromString(claimId));
    }

    private static Date startOfDay(String date) {
        return Date.from(LocalDate.parse(date).atStartOfDay(FINLAND).toInstant());
    }
}
