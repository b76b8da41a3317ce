package fi.saatava.process.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.InsolvencyStatuses;
import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.process.ProcessContract.Processes;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.LetterPreparationDouble;
import fi.saatava.process.support.LetterScheduleDouble;
import fi.saatava.process.support.Workers;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/consumer-collection.bpmn")
class ConsumerCollectionProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final String CHECK_CREDIT = "Activity_CheckCredit";
    static final String SEND_REMINDER = "Activity_SendReminder";
    static final String SCHEDULE_FIRST_DEMAND = "Activity_ScheduleFirstDemand";
    static final String UNTIL_FIRST_DEMAND_DATE = "Event_UntilFirstDemandDate";
    static final String SEND_FIRST_DEMAND = "Activity_SendFirstDemand";
    static final String SCHEDULE_SECOND_DEMAND = "Activity_ScheduleSecondDemand";
    static final String UNTIL_SECOND_DEMAND_DATE = "Event_UntilSecondDemandDate";
    static final String SEND_SECOND_DEMAND = "Activity_SendSecondDemand";
    static final String LETTERS_SENT = "EndEvent_LettersSent";

    static final Instant NOW = Instant.parse("2025-03-03T08:00:00Z");
    static final Date FIRST_DEMAND_AT = Date.from(Instant.parse("2025-03-18T07:00:00Z"));
    static final Date SECOND_DEMAND_AT = Date.from(Instant.parse("2025-04-02T06:00:00Z"));

    RuntimeService runtimeService;
    ManagementService managementService;
    Workers workers;
    LetterPreparationDouble prepareLetter;
    LetterScheduleDouble scheduleNextLetter;

    @BeforeEach
    void registerDelegateDoubles() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        runtimeService = ENGINE.getProcessEngine().getRuntimeService();
        managementService = ENGINE.getProcessEngine().getManagementService();
        workers = new Workers(ENGINE.getProcessEngine().getExternalTaskService());
        prepareLetter = new LetterPreparationDouble();
        scheduleNextLetter = new LetterScheduleDouble(Map.of(
                LetterTypes.FIRST_DEMAND, FIRST_DEMAND_AT,
                LetterTypes.SECOND_DEMAND, SECOND_DEMAND_AT));
        Mocks.register(Delegates.PREPARE_LETTER, prepareLetter);
        Mocks.register(Delegates.SCHEDULE_NEXT_LETTER, scheduleNextLetter);
    }

    @AfterEach
    void resetDoublesAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void withoutCreditorReminderSendsReminderThenBothDemandsOnTheComputedDates() {
        ProcessInstance claim = startClaim(false);
        assertThat(claim).isWaitingAt(CHECK_CREDIT).externalTask().hasTopicName(Topics.CREDIT_CHECK);
        workers.fetchAndComplete(claim, Topics.CREDIT_CHECK, creditVerdict());

        assertThat(claim).isWaitingAt(SEND_REMINDER);
        execute(job(claim));
        sendLetter(claim, LetterTypes.REMINDER);

        waitForDemandAndSend(claim, UNTIL_FIRST_DEMAND_DATE, FIRST_DEMAND_AT, LetterTypes.FIRST_DEMAND);
        waitForDemandAndSend(claim, UNTIL_SECOND_DEMAND_DATE, SECOND_DEMAND_AT, LetterTypes.SECOND_DEMAND);

        assertThat(claim).isEnded().hasPassedInOrder(
                CHECK_CREDIT, SEND_REMINDER, SCHEDULE_FIRST_DEMAND, UNTIL_FIRST_DEMAND_DATE, SEND_FIRST_DEMAND,
                SCHEDULE_SECOND_DEMAND, UNTIL_SECOND_DEMAND_DATE, SEND_SECOND_DEMAND, LETTERS_SENT);
        assertThat(prepareLetter.preparedLetterTypes())
                .containsExactly(LetterTypes.REMINDER, LetterTypes.FIRST_DEMAND, LetterTypes.SECOND_DEMAND);
        assertThat(scheduleNextLetter.scheduledLetterTypes())
                .containsExactly(LetterTypes.FIRST_DEMAND, LetterTypes.SECOND_DEMAND);
    }

    @Test
    void creditorReminderSkipsOurReminderAndWaitsForTheFirstDemandDate() {
        ProcessInstance claim = startClaim(true);
        workers.fetchAndComplete(claim, Topics.CREDIT_CHECK, creditVerdict());

        assertThat(claim).isWaitingAt(SCHEDULE_FIRST_DEMAND).hasNotPassed(SEND_REMINDER);
        waitForDemandAndSend(claim, UNTIL_FIRST_DEMAND_DATE, FIRST_DEMAND_AT, LetterTypes.FIRST_DEMAND);
        waitForDemandAndSend(claim, UNTIL_SECOND_DEMAND_DATE, SECOND_DEMAND_AT, LetterTypes.SECOND_DEMAND);

        assertThat(claim).isEnded().hasNotPassed(SEND_REMINDER).hasPassed(LETTERS_SENT);
        assertThat(prepareLetter.preparedLetterTypes())
                .containsExactly(LetterTypes.FIRST_DEMAND, LetterTypes.SECOND_DEMAND);
    }

    @Test
    void creditCheckResultsBecomeProcessVariables() {
        ProcessInstance claim = startClaim(true);
        LockedExternalTask creditCheck = workers.fetch(claim, Topics.CREDIT_CHECK);
        assertThat(creditCheck.getVariables()).containsEntry(Variables.CLAIM_ID, claim.getBusinessKey());

        workers.complete(creditCheck, creditVerdict());

        assertThat(claim).variables()
                .containsEntry(Variables.PAYMENT_DEFAULT_COUNT, 2)
                .containsEntry(Variables.PAYMENT_ABILITY_SCORE, 35)
                .containsEntry(Variables.INSOLVENCY_STATUS, InsolvencyStatuses.NONE);
    }

    @Test
    void failingLetterPreparationBecomesAnIncidentAfterRetriesWithoutFailingTheCreditCheckWorker() {
        Mocks.register(Delegates.PREPARE_LETTER, (ExecutionListener) execution -> {
            throw new IllegalStateException("ledger unavailable");
        });
        ProcessInstance claim = startClaim(false);

        workers.fetchAndComplete(claim, Topics.CREDIT_CHECK, creditVerdict());

        Job preparation = job(claim);
        assertThat(preparation.getRetries()).isEqualTo(3);
        assertThatThrownBy(() -> managementService.executeJob(preparation.getId()))
                .hasMessageContaining("ledger unavailable");
        Job retried = job(claim);
        assertThat(retried.getRetries()).isEqualTo(2);
        assertThat(retried.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(preparation.getId()))
                    .hasMessageContaining("ledger unavailable");
        }
        List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(claim.getId()).list();
        assertThat(incidents).singleElement()
                .satisfies(incident -> assertThat(incident.getActivityId()).isEqualTo(SEND_REMINDER));
        assertThat(claim).isWaitingAt(SEND_REMINDER);
    }

    private ProcessInstance startClaim(boolean reminderSentByCreditor) {
        String claimId = "7b0f6a52-3f7e-4a4e-9d0e-1c2b3a4d5e6f";
        return runtimeService.startProcessInstanceByKey(Processes.CONSUMER_COLLECTION, claimId, Map.of(
                Variables.CLAIM_ID, claimId,
                Variables.REMINDER_SENT_BY_CREDITOR, reminderSentByCreditor));
    }

    private static Map<String, Object> creditVerdict() {
        return Map.of(
                Variables.PAYMENT_DEFAULT_COUNT, 2,
                Variables.PAYMENT_ABILITY_SCORE, 35,
                Variables.INSOLVENCY_STATUS, InsolvencyStatuses.NONE);
    }

    /** Runs the schedule delegate, checks the timer waits until exactly its date, fires it and sends the letter. */
    private void waitForDemandAndSend(ProcessInstance claim, String timer, Date expectedDueDate, String letterType) {
        execute(job(claim));
        assertThat(claim).isWaitingAt(timer);
        Job timerJob = managementService.createJobQuery().processInstanceId(claim.getId()).timers().singleResult();
        assertThat(timerJob.getDuedate()).isEqualTo(expectedDueDate);
        execute(timerJob);
        execute(job(claim));
        sendLetter(claim, letterType);
    }

    private void sendLetter(ProcessInstance claim, String letterType) {
        LockedExternalTask letter = workers.fetch(claim, Topics.LETTER_SEND);
        assertThat(letter.getVariables())
                .containsEntry(Variables.LETTER_TYPE, letterType)
                .containsEntry(Variables.LETTER_ID, LetterPreparationDouble.letterIdFor(letterType));
        workers.complete(letter, Map.of());
    }
}
