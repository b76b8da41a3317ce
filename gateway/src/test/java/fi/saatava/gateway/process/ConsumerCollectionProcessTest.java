package fi.saatava.gateway.process;

import static fi.saatava.gateway.support.ClaimJson.invoice;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.LetterApi;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.law.identifiers.RfReference;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Runs consumer-collection inside the gateway with the real delegates, the real engine and the embedded
 * PostgreSQL; the test plays the workers. The clock stands on Wednesday 17.12.2025, 10:00 in Helsinki, so the dates
 * cross Christmas and New Year, where the moves to a banking day matter.
 */
@GatewayTest
class ConsumerCollectionProcessTest {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-12-17T10:00:00+02:00");

    @Autowired
    AdjustableClock clock;

    @Autowired
    ProcessDriver driver;

    @Autowired
    LetterApi letters;

    @Autowired
    GatewayHttp http;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @BeforeEach
    void standOnTheSeventeenthOfDecember() {
        clock.fixAt(NOW.toInstant());
    }

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    @Test
    void theReminderIsSnapshottedAndTheFirstDemandWaitsPastItsDeadlineToTheNextBankingDay() {
        String claimId = driver.submit(validConsumerClaim().toString());
        String referenceNumber = http.get("/api/v1/claims/" + claimId).body().get("referenceNumber").asText();

        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId); // collectability, next step, scheduleNextLetter for the reminder
        // Due 10.11.2025: due + 15 days passed long ago, and Wednesday 17.12. is a banking day: the reminder goes today.
        assertThat(driver.timer(claimId, ProcessDriver.REMINDER_TIMER).getDuedate())
                .isEqualTo(startOfDay("2025-12-17"));
        driver.passReminderWait(claimId); // Send reminder: prepareLetter runs here
        LockedExternalTask reminderTask = driver.lock(ProcessContract.Topics.LETTER_SEND, claimId);
        String letterId = (String) reminderTask.getVariables().get(ProcessContract.Variables.LETTER_ID);

        JsonNode letter = letters.snapshot(letterId).body();
        assertThat(letter.get("letterId").asText()).isEqualTo(letterId);
        assertThat(letter.get("claimId").asText()).isEqualTo(claimId);
        assertThat(letter.get("type").asText()).isEqualTo("REMINDER");
        assertThat(letter.get("language").asText()).isEqualTo("fi");
        assertThat(letter.get("letterDate").asText()).isEqualTo("2025-12-17");
        // Sent 17.12. by post: delivered by 24.12. at the latest, + 10 days = Saturday 3.1.2026 -> Monday 5.1.
        assertThat(letter.get("dueDate").asText()).isEqualTo("2026-01-05");
        assertThat(letter.at("/debtor/name").asText()).isEqualTo("Maija Meikäläinen");
        assertThat(letter.at("/debtor/type").asText()).isEqualTo("CONSUMER");
        assertThat(letter.at("/debtor/address/postalCode").asText()).isEqualTo("00100");
        assertThat(letter.at("/debtor").has("identityCode")).isFalse();
        assertThat(letter.at("/collector/name").asText()).isEqualTo("Saatava Perintä Oy");
        assertThat(letter.at("/creditor/name").asText()).isEqualTo("Esimerkki Energia Oy");
        assertThat(letter.at("/invoice/number").asText()).isEqualTo("INV-1001");
        assertThat(letter.at("/invoice/description").asText()).isEqualTo("Broadband, October 2025");
        assertThat(amount(letter, "PRINCIPAL")).isEqualTo("120.00");
        assertThat(amount(letter, "INTEREST")).isEqualTo("0.00");
        // Due 10.11.2025: 37 days to 17.12. at 2025-H2 2.5 % + 7 pp = 9.5 % (spec §6.1): 120 × 9.5 % × 37 / 365.
        assertThat(amount(letter, "LATE_INTEREST")).isEqualTo("1.16");
        JsonNode interest = line(letter, "LATE_INTEREST");
        assertThat(interest.get("rate").asText()).isEqualTo("9.50");
        assertThat(interest.get("from").asText()).isEqualTo("2025-11-11");
        assertThat(interest.get("to").asText()).isEqualTo("2025-12-17");
        // The reminder fee of a consumer claim (PerintäL 10 a § 1 mom 1 k), charged by prepareLetter.
        assertThat(amount(letter, "COLLECTION_COST")).isEqualTo("5.00");
        assertThat(line(letter, "COLLECTION_COST").get("letterType").asText()).isEqualTo("REMINDER");
        assertThat(letter.get("total").asText()).isEqualTo("126.16");
        assertThat(letter.at("/payment/iban").asText()).isEqualTo("FI3715903000000776");
        assertThat(letter.at("/payment/reference").asText()).isEqualTo(referenceNumber);
        assertThat(letter.at("/payment/rfReference").asText()).endsWith(referenceNumber);
        assertThat(RfReference.validate(letter.at("/payment/rfReference").asText()).valid()).isTrue();
        // Version 4 barcode (spec §12.6): 4, account, 126.16 €, 000 + reference in 20 digits, due date 5.1.2026.
        assertThat(letter.at("/payment/virtualBarcode").asText()).isEqualTo(
                "4" + "3715903000000776" + "00012616" + "000" + "0".repeat(20 - referenceNumber.length())
                        + referenceNumber + "260105");
        assertThat(letter.get("dispatchedAt").isNull()).isTrue();

        assertThat(letters.uploadDocument(letterId, ProcessDriver.pdf(), MediaType.APPLICATION_PDF).status())
                .isEqualTo(HttpStatus.CREATED);
        GatewayHttp.Answer dispatched = letters.dispatch(letterId, "PRINT", "2025-12-17T10:30:00+02:00");
        assertThat(dispatched.status()).isEqualTo(HttpStatus.OK);
        assertThat(dispatched.body().get("dispatchedAt").asText()).isEqualTo("2025-12-17T08:30:00Z");
        driver.complete(reminderTask);

        driver.runContinuations(claimId); // Compute earliest first-demand date: scheduleNextLetter runs here

        // Sent 17.12. + 15 days = New Year's Day; but not before the day after the reminder's deadline 5.1.,
        // which is Epiphany (a holiday): the next banking day is Wednesday 7.1.2026.
        Job timer = driver.timer(claimId);
        assertThat(timer.getDuedate()).isEqualTo(startOfDay("2026-01-07"));
        String processInstanceId = driver.processInstanceId(claimId);
        assertThat(runtimeService.getVariable(processInstanceId, ProcessContract.Variables.NEXT_LETTER_AT))
                .isEqualTo(startOfDay("2026-01-07"));

        JsonNode claim = http.get("/api/v1/claims/" + claimId).body();
        assertThat(claim.at("/process/state").asText()).isEqualTo("RUNNING");
        assertThat(claim.at("/process/timers/0/dueAt").asText()).isEqualTo("2026-01-06T22:00:00Z");
        assertThat(claim.at("/process/currentActivities/0/id").asText()).isEqualTo("Event_UntilFirstDemandDate");
        assertThat(claim.get("letters")).hasSize(1);
        assertThat(claim.at("/letters/0/id").asText()).isEqualTo(letterId);
        assertThat(claim.at("/letters/0/type").asText()).isEqualTo("REMINDER");
        assertThat(claim.at("/letters/0/dueDate").asText()).isEqualTo("2026-01-05");
        assertThat(claim.at("/letters/0/channel").asText()).isEqualTo("PRINT");
        assertThat(claim.at("/letters/0/dispatchedAt").asText()).isEqualTo("2025-12-17T08:30:00Z");
        assertThat(claim.at("/letters/0/documentStored").asBoolean()).isTrue();
    }

    /**
     * The reminder waits for collection-law's earliest send date (due date + 15 days for a consumer, PerintäL 10 b §
     * 1 mom, spec §3.3), moved to a banking day (spec §16), and never for a day already past.
     */
    @ParameterizedTest(name = "submitted {0}, due {1}: reminder on {2}")
    @CsvSource({
            "2026-01-10T10:00:00+02:00, 2025-11-10, 2026-01-12", // Saturday: Monday
            "2026-12-25T10:00:00+02:00, 2026-11-10, 2026-12-28", // Christmas Day, then St Stephen's Day and Sunday
            "2026-03-09T10:00:00+02:00, 2026-03-06, 2026-03-23", // 3 days overdue: 6.3. + 15 = Saturday 21.3.
            "2025-12-17T10:00:00+02:00, 2025-11-10, 2025-12-17", // long overdue, on a banking day: that same day
    })
    void theReminderWaitsForItsLegalBankingDaySendDate(OffsetDateTime submittedAt, String dueDate, String reminderOn) {
        clock.fixAt(submittedAt.toInstant());
        ObjectNode body = validConsumerClaim();
        invoice(body).put("dueDate", dueDate);
        String claimId = driver.submit(body.toString());

        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId);

        assertThat(driver.timer(claimId, ProcessDriver.REMINDER_TIMER).getDuedate()).isEqualTo(startOfDay(reminderOn));
        assertThat(runtimeService.getVariable(driver.processInstanceId(claimId),
                ProcessContract.Variables.NEXT_LETTER_AT)).isEqualTo(startOfDay(reminderOn));
        JsonNode claim = http.get("/api/v1/claims/" + claimId).body();
        assertThat(claim.get("stage").asText()).isEqualTo("REMINDER");
        assertThat(claim.at("/process/currentActivities/0/id").asText()).isEqualTo(ProcessDriver.REMINDER_TIMER);
        assertThat(claim.get("letters")).isEmpty();
        assertThat(driver.continuation(claimId)).as("nothing runs before the timer").isNull();
    }

    @Test
    void aReminderHeldOverTheWeekendIsPreparedAndDatedOnMonday() {
        clock.fixAt(OffsetDateTime.parse("2026-01-10T10:00:00+02:00").toInstant()); // Saturday
        String claimId = driver.submit(validConsumerClaim().toString());
        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId);
        Job reminderTimer = driver.timer(claimId, ProcessDriver.REMINDER_TIMER);

        clock.fixAt(OffsetDateTime.parse("2026-01-12T00:00:05+02:00").toInstant());
        managementService.executeJob(reminderTimer.getId());
        driver.runContinuations(claimId);
        JsonNode reminder = letters.snapshot(
                ProcessDriver.letterId(driver.lock(ProcessContract.Topics.LETTER_SEND, claimId))).body();

        assertThat(reminder.get("type").asText()).isEqualTo("REMINDER");
        assertThat(reminder.get("letterDate").asText()).isEqualTo("2026-01-12");
    }

    @Test
    void theCreditorsReminderDateCountsForTheFirstDemandAndTheDemandIsSnapshottedWhenTheTimerFires() {
        ObjectNode body = validConsumerClaim();
        invoice(body).put("reminderAlreadySent", true).put("reminderSentOn", "2025-12-05");
        String claimId = driver.submit(body.toString());

        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId); // straight to the first demand: no reminder of ours

        // 5.12. + 15 days = Saturday 20.12. -> Monday 22.12. (the creditor's deadline is not known to the gateway)
        Job timer = driver.timer(claimId);
        assertThat(timer.getDuedate()).isEqualTo(startOfDay("2025-12-22"));

        clock.fixAt(OffsetDateTime.parse("2025-12-22T00:00:05+02:00").toInstant());
        managementService.executeJob(timer.getId());
        driver.runContinuations(claimId); // Send first payment demand
        LockedExternalTask demandTask = driver.lock(ProcessContract.Topics.LETTER_SEND, claimId);
        JsonNode demand = letters.snapshot(
                (String) demandTask.getVariables().get(ProcessContract.Variables.LETTER_ID)).body();
        assertThat(demand.get("type").asText()).isEqualTo("FIRST_DEMAND");
        assertThat(demand.get("letterDate").asText()).isEqualTo("2025-12-22");
        // Delivered by 29.12., + 10 days = Thursday 8.1.2026, a banking day.
        assertThat(demand.get("dueDate").asText()).isEqualTo("2026-01-08");
    }

    @Test
    void aLetterNeverReportedDispatchedStopsTheScheduleWithAnIncidentInsteadOfAGuess() {
        String claimId = driver.submit(validConsumerClaim().toString());
        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId);
        driver.passReminderWait(claimId);
        driver.complete(driver.lock(ProcessContract.Topics.LETTER_SEND, claimId)); // completed, never dispatched

        // The model retries three times (R3/PT5M) before the failure becomes an incident.
        Job schedule = driver.continuation(claimId);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(schedule.getId()))
                    .hasMessageContaining("was never reported dispatched");
        }

        Incident incident = runtimeService.createIncidentQuery()
                .processInstanceId(driver.processInstanceId(claimId)).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Activity_ScheduleFirstDemand");
        assertThat(incident.getIncidentMessage()).contains("was never reported dispatched");
        assertThat(driver.timer(claimId)).isNull();
        JsonNode claim = http.get("/api/v1/claims/" + claimId).body();
        assertThat(claim.at("/process/incidents/0/activityId").asText()).isEqualTo("Activity_ScheduleFirstDemand");
    }

    @Test
    void aLetterTaskStartedAgainReusesItsLetterInsteadOfWritingASecondOne() {
        String claimId = driver.submit(validConsumerClaim().toString());
        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId);
        driver.passReminderWait(claimId);
        LockedExternalTask first = driver.lock(ProcessContract.Topics.LETTER_SEND, claimId);

        runtimeService.createProcessInstanceModification(driver.processInstanceId(claimId))
                .startBeforeActivity(first.getActivityId())
                .execute();
        driver.runContinuations(claimId);
        LockedExternalTask second = driver.lock(ProcessContract.Topics.LETTER_SEND, claimId);

        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second.getVariables().get(ProcessContract.Variables.LETTER_ID))
                .isEqualTo(first.getVariables().get(ProcessContract.Variables.LETTER_ID));
        assertThat(http.get("/api/v1/claims/" + claimId).body().get("letters")).hasSize(1);
    }

    private static String amount(JsonNode letter, String kind) {
        return line(letter, kind).get("amount").asText();
    }

    private static JsonNode line(JsonNode letter, String kind) {
        for (JsonNode line : letter.get("amounts")) {
            if (line.get("kind").asText().equals(kind)) {
                return line;
            }
        }
        throw new AssertionError("no " + kind + " line in " + letter.get("amounts"));
    }

    private static Date startOfDay(String date) {
        return Date.from(LocalDate.parse(date).atStartOfDay(FINLAND).toInstant());
    }
}
