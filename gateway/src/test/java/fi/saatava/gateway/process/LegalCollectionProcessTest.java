package fi.saatava.gateway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.Balances;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.law.money.Money;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.CollectionJourney;
import fi.saatava.gateway.support.FilingApi;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.process.ProcessContract;
import fi.saatava.process.ProcessContract.Messages;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * A consumer claim from its second demand through court, enforcement, the passive register and post-collection, with
 * the real delegates, the real engine and the embedded PostgreSQL; the test plays the workers, the court and the
 * enforcement authority. Voluntary collection starts on Monday 12.1.2026 for an invoice of 120.00 € due 15.12.2025.
 */
@GatewayTest
class LegalCollectionProcessTest {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final LocalDate START = LocalDate.parse("2026-01-12");
    private static final String HELSINKI_COURT = "Helsingin käräjäoikeus";

    @Autowired
    CollectionJourney journey;

    @Autowired
    ProcessDriver driver;

    @Autowired
    FilingApi filings;

    @Autowired
    AdjustableClock clock;

    @Autowired
    RuntimeService runtimeService;

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

    static String claim() {
        ObjectNode claim = ClaimJson.validConsumerClaim();
        ClaimJson.invoice(claim).put("invoiceDate", "2025-12-01").put("dueDate", "2025-12-15");
        return claim.toString();
    }

    @Test
    void aClaimGoesToCourtTheBankingDayAfterTheSecondDemandsDeadline() {
        String claimId = journey.toLegalCollectionTimer(claim(), START);

        // Second demand sent Tuesday 17.2., delivered by 24.2., deadline Friday 6.3.: court from Monday 9.3. (6 §).
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(startOfDay("2026-03-09"));
        assertThat(runtimeService.getVariable(driver.processInstanceId(claimId), Variables.LEGAL_COLLECTION_AT))
                .isEqualTo(startOfDay("2026-03-09"));
    }

    @Test
    void courtJudgmentEnforcementPassiveRegisterAndAReFilingInPostCollection() {
        String claimId = journey.toLegalCollectionTimer(claim(), START);
        journey.fireTimer(claimId, driver.timer(claimId)); // legal collection: find the step, summarise the case

        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(claimId).singleResult();
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("Activity_ApproveLegalCollection");
        Map<String, Object> figures = taskService.getVariables(approval.getId());
        // The ledger's fees: reminder 5 €, demand 24 €, second demand 12 € (principal 100–1 000 €, spec §3.1).
        assertThat(figures).containsEntry(Variables.PRINCIPAL_AMOUNT, "120.00")
                .containsEntry(Variables.COLLECTION_COSTS, "41.00")
                .containsEntry(Variables.LEGAL_COLLECTION_RECOMMENDATION, "RECOMMENDED");
        taskService.complete(approval.getId(), Map.of(Variables.LEGAL_COLLECTION_APPROVAL, "APPROVED"));
        driver.runContinuations(claimId);
        JsonNode notice = driver.sendLetter(claimId, journey.now());
        assertThat(notice.get("type").asText()).isEqualTo("LEGAL_COLLECTION_NOTICE");
        driver.runContinuations(claimId);

        LockedExternalTask summonsTask = driver.lock(Topics.SUMMONS_FILE, claimId);
        String summonsFiling = summonsTask.getId();
        var first = filings.prepare(claimId, "summons-applications", summonsFiling);
        assertThat(first.status()).isEqualTo(HttpStatus.CREATED);
        JsonNode summons = first.body();
        assertThat(summons.get("filingId").asText()).isEqualTo(summonsFiling);
        assertThat(summons.get("claimId").asText()).isEqualTo(claimId);
        assertThat(summons.get("preparedOn").asText()).isEqualTo("2026-03-09");
        assertThat(summons.at("/plaintiff/name").asText()).isEqualTo("Esimerkki Energia Oy");
        assertThat(summons.at("/agent/businessId").asText()).isEqualTo("2077474-0");
        assertThat(summons.at("/defendant/identityCode").asText()).isEqualTo(ClaimJson.VALID_HETU);
        assertThat(summons.at("/defendant/domicile/municipality").asText()).isEqualTo("Helsinki");
        assertThat(summons.at("/defendant/domicile/region").asText()).isEqualTo("Uusimaa");
        assertThat(summons.at("/defendant/addressInquiries").isNull()).isTrue();
        assertThat(summons.get("claims")).hasSize(3);
        assertThat(summons.at("/claims/0/kind").asText()).isEqualTo("PRINCIPAL");
        assertThat(summons.at("/claims/0/amount").asText()).isEqualTo("120.00");
        assertThat(summons.at("/claims/1/kind").asText()).isEqualTo("LATE_INTEREST");
        // 2026-H1: reference rate 2.5 % + 7 pp (KorkoL 4 § 1 mom), from the day after the due date, until paid.
        assertThat(summons.at("/claims/1/rate").asText()).isEqualTo("9.50");
        assertThat(summons.at("/claims/1/from").asText()).isEqualTo("2025-12-16");
        assertThat(summons.at("/claims/1/to").isNull()).isTrue();
        assertThat(summons.at("/claims/1/on").asText()).isEqualTo("120.00");
        assertThat(summons.at("/claims/2/kind").asText()).isEqualTo("COLLECTION_COST");
        assertThat(summons.at("/claims/2/amount").asText()).isEqualTo("41.00");
        assertThat(summons.get("facts").asText()).contains("reminder on 2026-01-12", "first demand on 2026-01-30",
                "second demand on 2026-02-17");
        assertThat(summons.at("/evidence/0/number").asText()).isEqualTo("INV-1001");
        // Spec §8: basic tariff 50 € for a principal under 300 €, plus the 70 € court fee of an electronic filing.
        assertThat(summons.at("/legalCosts/tariff").asText()).isEqualTo("BASIC");
        assertThat(summons.at("/legalCosts/amount").asText()).isEqualTo("50.00");
        assertThat(summons.at("/legalCosts/courtFee").asText()).isEqualTo("70.00");
        assertThat(summons.at("/legalCosts/total").asText()).isEqualTo("120.00");
        assertThat(summons.get("consumerCredit").isNull()).isTrue();

        // A retried filing gets the same document, byte for byte, even on a later day.
        String firstText = filings.prepareRaw(claimId, "summons-applications", summonsFiling);
        journey.standOn(LocalDate.parse("2026-03-10"));
        assertThat(filings.prepare(claimId, "summons-applications", summonsFiling).status()).isEqualTo(HttpStatus.OK);
        assertThat(filings.prepareRaw(claimId, "summons-applications", summonsFiling)).isEqualTo(firstText);
        assertThat(filings.receipt(summonsFiling, HELSINKI_COURT, "S 26/10001", "2026-03-10T08:00:00Z").status())
                .isEqualTo(HttpStatus.NO_CONTENT);
        externalTaskService.complete(summonsTask.getId(), ProcessDriver.WORKER,
                Map.of(Variables.SUMMONS_FILING_ID, summonsFiling, Variables.COURT_DECISION_COUNT, 0));

        journey.standOn(LocalDate.parse("2026-03-24"));
        correlate(claimId, Messages.COURT_DECISION_RECEIVED, Variables.SUMMONS_FILING_ID, summonsFiling, Map.of(
                Variables.COURT_DECISION, "DEFAULT_JUDGMENT", Variables.JUDGMENT_DATE, "2026-03-23",
                Variables.CASE_NUMBER, "S 26/10001", Variables.COURT_DECISION_COUNT, 1));
        driver.runContinuations(claimId); // recordCourtDecision

        LockedExternalTask enforcementTask = driver.lock(Topics.ENFORCEMENT_FILE, claimId);
        JsonNode application = filings.prepare(claimId, "enforcement-applications", enforcementTask.getId()).body();
        assertThat(application.at("/title/kind").asText()).isEqualTo("DEFAULT_JUDGMENT");
        assertThat(application.at("/title/court").asText()).isEqualTo(HELSINKI_COURT);
        assertThat(application.at("/title/caseNumber").asText()).isEqualTo("S 26/10001");
        assertThat(application.at("/title/date").asText()).isEqualTo("2026-03-23");
        assertThat(application.at("/applicant/name").asText()).isEqualTo("Esimerkki Energia Oy");
        assertThat(application.at("/remittanceAccount/iban").asText()).isEqualTo("FI3715903000000776");
        // The authority remits with the claim's reference, so its bank credit confirms the remittance it reports.
        assertThat(application.get("remittanceReference").asText())
                .isEqualTo(claims.require(UUID.fromString(claimId)).referenceNumber());
        assertThat(application.at("/respondent/identityCode").asText()).isEqualTo(ClaimJson.VALID_HETU);
        assertThat(application.get("claims")).hasSize(4);
        assertThat(application.at("/claims/1/rate").asText()).isEqualTo("9.50");
        assertThat(application.at("/claims/2/kind").asText()).isEqualTo("COLLECTION_COST");
        assertThat(application.at("/claims/2/amount").asText()).isEqualTo("41.00");
        assertThat(application.at("/claims/3/kind").asText()).isEqualTo("LEGAL_COSTS");
        assertThat(application.at("/claims/3/amount").asText()).isEqualTo("120.00");
        assertThat(application.get("paymentsSinceTitle")).isEmpty();
        assertThat(application.get("passiveRegistration").asBoolean()).isTrue();
        assertThat(application.get("summaryEnforcement").asBoolean()).isFalse();
        filings.receipt(enforcementTask.getId(), "Etelä-Suomen ulosottovirasto", "UO 2026/000001",
                "2026-03-24T09:00:00Z");
        externalTaskService.complete(enforcementTask.getId(), ProcessDriver.WORKER, Map.of(
                Variables.ENFORCEMENT_FILING_ID, enforcementTask.getId(), Variables.ENFORCEMENT_OUTCOME_COUNT, 0));

        correlate(claimId, Messages.ENFORCEMENT_OUTCOME, Variables.ENFORCEMENT_FILING_ID, enforcementTask.getId(),
                outcome("PARTIAL_REMITTANCE", "50.00", "0.73", "2026-04-15", null, 1));
        driver.runContinuations(claimId);
        correlate(claimId, Messages.ENFORCEMENT_OUTCOME, Variables.ENFORCEMENT_FILING_ID, enforcementTask.getId(),
                outcome("NO_ASSETS", null, null, null, "2026-05-04", 2));
        driver.runContinuations(claimId);

        // UK 3:102: the passive registration runs 2 years from the certificate.
        assertThat(driver.timer(claimId, "Event_PassiveRegistrationEnds").getDuedate())
                .isEqualTo(startOfDay("2028-05-04"));
        journey.fireTimer(claimId, driver.timer(claimId, "Event_PassiveRegistrationEnds"));

        // Post-collection: the first ability check is due when the passive registration ends (Thursday 4.5.2028).
        ProcessInstance postCollection = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimId)
                .processDefinitionKey(ProcessContract.Processes.POST_COLLECTION).singleResult();
        assertThat(runtimeService.getVariable(postCollection.getId(), Variables.POST_COLLECTION_STEP))
                .isEqualTo("ABILITY_CHECK");
        assertThat(runtimeService.getVariable(postCollection.getId(), Variables.POST_COLLECTION_STEP_AT))
                .isEqualTo(startOfDay("2028-05-04"));
        journey.fireTimer(claimId, driver.timer(claimId));
        LockedExternalTask check = driver.lock(Topics.CREDIT_CHECK, claimId);
        externalTaskService.complete(check.getId(), ProcessDriver.WORKER, Map.of(
                Variables.PAYMENT_DEFAULT_COUNT, 1, Variables.PAYMENT_ABILITY_SCORE, 55,
                Variables.INSOLVENCY_STATUS, "NONE"));
        driver.runContinuations(claimId); // the refiling decision: ability improved

        LockedExternalTask refiling = driver.lock(Topics.ENFORCEMENT_FILE, claimId);
        JsonNode again = filings.prepare(claimId, "enforcement-applications", refiling.getId()).body();
        assertThat(again.get("preparedOn").asText()).isEqualTo("2028-05-04");
        assertThat(again.at("/paymentsSinceTitle/0/date").asText()).isEqualTo("2026-04-15");
        assertThat(again.at("/paymentsSinceTitle/0/amount").asText()).isEqualTo("50.00");
        assertThat(again.get("paymentsSinceTitle")).hasSize(1);
        // The remittance is a payment in the ledger (allocated by law, spec §5).
        Balances balances = ledger.balances(claims.require(UUID.fromString(claimId)), LocalDate.parse("2028-05-04"));
        assertThat(balances.paid()).isEqualTo(Money.of("50.00"));
        filings.receipt(refiling.getId(), "Etelä-Suomen ulosottovirasto", "UO 2028/000007", "2028-05-04T09:00:00Z");
        externalTaskService.complete(refiling.getId(), ProcessDriver.WORKER, Map.of(
                Variables.ENFORCEMENT_FILING_ID, refiling.getId(), Variables.ENFORCEMENT_OUTCOME_COUNT, 0));
        correlate(claimId, Messages.ENFORCEMENT_OUTCOME, Variables.ENFORCEMENT_FILING_ID, refiling.getId(),
                outcome("NO_ASSETS", null, null, null, "2028-06-01", 1));
        driver.runContinuations(claimId);

        // A new certificate starts a new passive registration (until 1.6.2030, a Saturday): no check before it ends.
        assertThat(postCollectionStep(postCollection)).isEqualTo("ABILITY_CHECK on 2030-06-03");
        // The application ended with the certificate of 1.6.2028: 5 years to interrupt (VanhL 13 §), to 1.6.2033.
        // Checks every 6 months find no ability, until the reminder 6 months before that day comes first.
        for (String due : new String[] {"2030-12-03", "2031-06-03", "2031-12-03", "2032-06-03", "2032-12-01"}) {
            journey.fireTimer(claimId, driver.timer(claimId));
            LockedExternalTask recheck = driver.lock(Topics.CREDIT_CHECK, claimId);
            externalTaskService.complete(recheck.getId(), ProcessDriver.WORKER, Map.of(
                    Variables.PAYMENT_DEFAULT_COUNT, 3, Variables.PAYMENT_ABILITY_SCORE, 12,
                    Variables.INSOLVENCY_STATUS, "NONE"));
            driver.runContinuations(claimId);
            assertThat(postCollectionStep(postCollection)).endsWith(" on " + due);
        }
        assertThat(postCollectionStep(postCollection)).isEqualTo("LIMITATION_REMINDER on 2032-12-01");
        journey.fireTimer(claimId, driver.timer(claimId));
        assertThat(driver.sendLetter(claimId, journey.now()).get("type").asText()).isEqualTo("LIMITATION_INTERRUPTION");
        driver.runContinuations(claimId);

        // Interrupted on 1.12.2032: the next reminder is due 6 months before 1.12.2037; the check comes first.
        assertThat(postCollectionStep(postCollection)).isEqualTo("ABILITY_CHECK on 2032-12-03");
    }

    @Test
    void anUnfoundedDisputeDuringLegalCollectionResumesAtTheSummonsWithoutAskingForApprovalAgain() {
        String claimId = journey.toLegalCollectionTimer(claim(), START);
        journey.fireTimer(claimId, driver.timer(claimId));
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(claimId).singleResult();
        taskService.complete(approval.getId(), Map.of(Variables.LEGAL_COLLECTION_APPROVAL, "APPROVED"));
        driver.runContinuations(claimId);
        journey.sendLetterNow(claimId); // the legal-collection notice
        driver.runContinuations(claimId);
        String firstFiling = driver.lock(Topics.SUMMONS_FILE, claimId).getId();

        journey.standOn(LocalDate.parse("2026-03-11"));
        runtimeService.createMessageCorrelation(Messages.DISPUTE_RAISED).processInstanceBusinessKey(claimId)
                .correlate();
        Task assess = taskService.createTaskQuery().processInstanceBusinessKey(claimId).singleResult();
        taskService.complete(assess.getId(), Map.of(Variables.DISPUTE_DECISION, "CLEARLY_UNFOUNDED"));
        driver.runContinuations(claimId);
        assertThat(driver.sendLetter(claimId, journey.now()).get("type").asText())
                .isEqualTo("DISPUTE_ACKNOWLEDGEMENT");
        driver.runContinuations(claimId);

        // The debtor disputed: court may start at once (PerintäL 6 § 2 mom).
        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(startOfDay("2026-03-11"));
        journey.fireTimer(claimId, driver.timer(claimId));

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(claimId).count()).isZero();
        LockedExternalTask summons = driver.lock(Topics.SUMMONS_FILE, claimId);
        assertThat(summons.getId()).isNotEqualTo(firstFiling);
        assertThat(filings.prepare(claimId, "summons-applications", summons.getId()).body().get("preparedOn").asText())
                .isEqualTo("2026-03-11");
    }

    @Test
    void aConsumersRequestForLegalCollectionAfterTheReminderLetsCourtStartAtOnce() {
        journey.standOn(START);
        String claimId = driver.submit(claim());
        journey.sendReminderNow(claimId);

        journey.standOn(LocalDate.parse("2026-01-20"));
        runtimeService.createMessageCorrelation(Messages.LEGAL_COLLECTION_REQUESTED)
                .processInstanceBusinessKey(claimId).correlate();
        driver.runContinuations(claimId);

        assertThat(driver.timer(claimId).getDuedate()).isEqualTo(startOfDay("2026-01-20"));
    }

    @Test
    void aSummonsFilingIdBelongsToOneClaimAndOneKindOfDocument() {
        String claimId = journey.toLegalCollectionTimer(claim(), START);
        assertThat(filings.prepare(claimId, "enforcement-applications", "no-judgment-yet").status())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(filings.prepare(claimId, "summons-applications", "filing-1").status())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(filings.prepare(claimId, "enforcement-applications", "filing-1").status())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(filings.prepare("0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11", "summons-applications", "filing-2")
                .status()).isEqualTo(HttpStatus.NOT_FOUND);
        GatewayHttp.Answer blank = filings.post("/api/internal/claims/" + claimId + "/summons-applications",
                "{\"filingId\": \" \"}");
        assertThat(blank.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.body().at("/errors/0/field").asText()).isEqualTo("filingId");
        assertThat(filings.receipt("unknown-filing", HELSINKI_COURT, "S 26/1", "2026-03-10T08:00:00Z").status())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String postCollectionStep(ProcessInstance postCollection) {
        Date at = (Date) runtimeService.getVariable(postCollection.getId(), Variables.POST_COLLECTION_STEP_AT);
        return runtimeService.getVariable(postCollection.getId(), Variables.POST_COLLECTION_STEP) + " on "
                + LocalDate.ofInstant(at.toInstant(), FINLAND);
    }

    private void correlate(String claimId, String message, String filingVariable, String filingId,
                           Map<String, Object> variables) {
        runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(claimId)
                .processInstanceVariableEquals(filingVariable, filingId)
                .setVariables(variables)
                .correlate();
    }

    private static Map<String, Object> outcome(String outcome, String collected, String fee, String remittedOn,
                                               String certificateOn, int count) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.ENFORCEMENT_OUTCOME, outcome);
        variables.put(Variables.ENFORCEMENT_CASE_NUMBER, "UO 2026/000001");
        variables.put(Variables.COLLECTED_AMOUNT, collected);
        variables.put(Variables.REMITTANCE_FEE, fee);
        variables.put(Variables.REMITTANCE_DATE, remittedOn);
        variables.put(Variables.CERTIFICATE_DATE, certificateOn);
        variables.put(Variables.ENFORCEMENT_OUTCOME_COUNT, count);
        return variables;
    }

    private static Date startOfDay(String date) {
        return Date.from(LocalDate.parse(date).atStartOfDay(FINLAND).toInstant());
    }
}
