package fi.saatava.process.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.saatava.process.ProcessContract.CloseReasons;
import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.EnforcementOutcomes;
import fi.saatava.process.ProcessContract.EnforcementRefilings;
import fi.saatava.process.ProcessContract.InsolvencyStatuses;
import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.process.ProcessContract.PostCollectionSteps;
import fi.saatava.process.ProcessContract.Processes;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.ClaimDriver;
import fi.saatava.process.support.CourtAndEnforcement;
import fi.saatava.process.support.DelegateDouble;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/post-collection.bpmn", "dmn/enforcement-refiling.dmn"})
class PostCollectionProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final String UNTIL_NEXT_STEP = "Event_UntilNextStep";
    static final String CHECK_CREDIT = "Activity_CheckCredit";
    static final String FILE_ENFORCEMENT = "Activity_FileEnforcement";
    static final String WAIT_FOR_ENFORCEMENT = "Activity_WaitForEnforcement";
    static final String SEND_LIMITATION_REMINDER = "Activity_SendLimitationReminder";

    static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    static final Date CHECK_AT = Date.from(Instant.parse("2027-07-01T06:00:00Z"));
    static final Date SECOND_CHECK_AT = Date.from(Instant.parse("2028-01-03T07:00:00Z"));
    static final Date REMINDER_AT = Date.from(Instant.parse("2029-03-01T07:00:00Z"));
    static final Date FINAL_LIMITATION_AT = Date.from(Instant.parse("2045-10-02T06:00:00Z"));

    ClaimDriver driver;
    CourtAndEnforcement outside;
    DelegateDouble prepareLetter;
    DelegateDouble recordEnforcementOutcome;
    DelegateDouble closeClaim;

    @BeforeEach
    void registerDoubles() {
        driver = new ClaimDriver(ENGINE.getProcessEngine());
        outside = new CourtAndEnforcement(ENGINE.getProcessEngine(), driver);
        prepareLetter = ClaimDriver.letterPreparation();
        recordEnforcementOutcome = DelegateDouble.recording(null);
        closeClaim = DelegateDouble.recording(Variables.CLOSE_REASON);
        Mocks.register(Delegates.PREPARE_LETTER, prepareLetter);
        Mocks.register(Delegates.CANCEL_UNSENT_LETTER, DelegateDouble.recording(Variables.LETTER_TYPE));
        Mocks.register(Delegates.RECORD_ENFORCEMENT_OUTCOME, recordEnforcementOutcome);
        Mocks.register(Delegates.CLOSE_CLAIM, closeClaim);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void improvedPaymentAbilityLeadsToANewEnforcementApplicationUntilPaid() {
        stepsAre(step(PostCollectionSteps.ABILITY_CHECK, CHECK_AT));
        ProcessInstance claim = startPostCollection();

        waitUntil(claim, CHECK_AT);
        creditCheckFinds(claim, InsolvencyStatuses.NONE, 65);
        assertThat(claim).variables().containsEntry(Variables.ENFORCEMENT_REFILING, EnforcementRefilings.REFILE);
        outside.fileEnforcement(claim, "enforcement-2");
        assertThat(claim).isWaitingAt(WAIT_FOR_ENFORCEMENT);
        outside.enforcementReports(claim, "enforcement-2", 0, EnforcementOutcomes.PARTIAL_REMITTANCE);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(WAIT_FOR_ENFORCEMENT);
        outside.enforcementReports(claim, "enforcement-2", 1, EnforcementOutcomes.PAID_IN_FULL);
        driver.continueAsync(claim);

        assertThat(claim).isEnded().hasPassed("EndEvent_PaidInEnforcement");
        assertThat(recordEnforcementOutcome.calls()).hasSize(2);
    }

    @Test
    void poorAbilityKeepsWatchingInterruptsLimitationAndClosesAtFinalLimitation() {
        stepsAre(step(PostCollectionSteps.ABILITY_CHECK, CHECK_AT),
                step(PostCollectionSteps.LIMITATION_REMINDER, REMINDER_AT),
                step(PostCollectionSteps.FINAL_LIMITATION, FINAL_LIMITATION_AT));
        ProcessInstance claim = startPostCollection();

        waitUntil(claim, CHECK_AT);
        creditCheckFinds(claim, InsolvencyStatuses.NONE, 15);
        assertThat(claim).hasNotPassed(FILE_ENFORCEMENT);
        waitUntil(claim, REMINDER_AT);
        driver.sendLetter(claim, SEND_LIMITATION_REMINDER, LetterTypes.LIMITATION_INTERRUPTION);
        waitUntil(claim, FINAL_LIMITATION_AT);
        driver.continueAsync(claim);

        assertThat(closeClaim.calls()).containsExactly(CloseReasons.TIME_BARRED);
        assertThat(claim).isEnded().hasPassed("EndEvent_TimeBarred");
        assertThat(prepareLetter.calls()).containsExactly(LetterTypes.LIMITATION_INTERRUPTION);
    }

    @Test
    void noAssetsAgainReturnsToWatching() {
        stepsAre(step(PostCollectionSteps.ABILITY_CHECK, CHECK_AT),
                step(PostCollectionSteps.ABILITY_CHECK, SECOND_CHECK_AT));
        ProcessInstance claim = startPostCollection();
        waitUntil(claim, CHECK_AT);
        creditCheckFinds(claim, InsolvencyStatuses.NONE, 80);
        outside.fileEnforcement(claim, "enforcement-2");

        outside.enforcementReports(claim, "enforcement-2", 0, EnforcementOutcomes.NO_ASSETS);
        driver.continueAsync(claim);

        waitUntil(claim, SECOND_CHECK_AT);
        assertThat(claim).isWaitingAt(CHECK_CREDIT);
    }

    @Test
    void neverRefilesDuringInsolvencyProceedings() {
        stepsAre(step(PostCollectionSteps.ABILITY_CHECK, CHECK_AT),
                step(PostCollectionSteps.ABILITY_CHECK, SECOND_CHECK_AT));
        ProcessInstance claim = startPostCollection();
        waitUntil(claim, CHECK_AT);

        creditCheckFinds(claim, InsolvencyStatuses.DEBT_ADJUSTMENT, 90);

        assertThat(claim).variables().containsEntry(Variables.ENFORCEMENT_REFILING, EnforcementRefilings.WAIT);
        waitUntil(claim, SECOND_CHECK_AT);
        assertThat(claim).hasNotPassed(FILE_ENFORCEMENT);
    }

    private ProcessInstance startPostCollection() {
        return driver.start(Processes.POST_COLLECTION, CLAIM_ID, Map.of(Variables.CLAIM_ID, CLAIM_ID));
    }

    private static Map<String, Object> step(String step, Date at) {
        return Map.of(Variables.POST_COLLECTION_STEP, step, Variables.POST_COLLECTION_STEP_AT, at);
    }

    @SafeVarargs
    private void stepsAre(Map<String, Object>... steps) {
        Mocks.register(Delegates.SCHEDULE_POST_COLLECTION, DelegateDouble.answeringWith(List.of(steps)));
    }

    /** Runs the scheduling delegate, asserts the timer waits until exactly its date and fires it. */
    private void waitUntil(ProcessInstance claim, Date dueDate) {
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(UNTIL_NEXT_STEP);
        assertThat(driver.timerDueDate(claim)).isEqualTo(dueDate);
        driver.fireTimer(claim);
    }

    /** Plays the credit-check worker and lets the re-filing decision (the real DMN) run. */
    private void creditCheckFinds(ProcessInstance claim, String insolvencyStatus, int score) {
        assertThat(claim).isWaitingAt(CHECK_CREDIT);
        driver.complete(driver.fetch(claim, Topics.CREDIT_CHECK), Map.of(
                Variables.PAYMENT_DEFAULT_COUNT, 3,
                Variables.PAYMENT_ABILITY_SCORE, score,
                Variables.INSOLVENCY_STATUS, insolvencyStatus));
        driver.continueAsync(claim);
    }
}
