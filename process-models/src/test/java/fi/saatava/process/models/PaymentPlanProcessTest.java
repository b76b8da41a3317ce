package fi.saatava.process.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.Errors;
import fi.saatava.process.ProcessContract.Groups;
import fi.saatava.process.ProcessContract.InstalmentStatuses;
import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.process.ProcessContract.PaymentPlanApprovals;
import fi.saatava.process.ProcessContract.PaymentPlanChecks;
import fi.saatava.process.ProcessContract.Processes;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.ClaimDriver;
import fi.saatava.process.support.DelegateDouble;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/payment-plan.bpmn")
class PaymentPlanProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final String CHECK_PLAN = "Activity_CheckPlan";
    static final String APPROVE_PLAN = "Activity_ApprovePlan";
    static final String SEND_CONFIRMATION = "Activity_SendPlanConfirmation";
    static final String UNTIL_INSTALMENT_CHECK = "Event_UntilInstalmentCheck";
    static final String CHECK_INSTALMENT = "Activity_CheckInstalment";
    static final String SEND_INSTALMENT_REMINDER = "Activity_SendInstalmentReminder";

    static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    static final String PLAN_ID = "plan-7";
    static final Date FIRST_CHECK_AT = Date.from(Instant.parse("2025-05-02T06:00:00Z"));
    static final Date SECOND_CHECK_AT = Date.from(Instant.parse("2025-06-03T06:00:00Z"));
    static final Date THIRD_CHECK_AT = Date.from(Instant.parse("2025-07-02T06:00:00Z"));

    ClaimDriver driver;
    DelegateDouble prepareLetter;

    @BeforeEach
    void registerDoubles() {
        driver = new ClaimDriver(ENGINE.getProcessEngine());
        prepareLetter = ClaimDriver.letterPreparation();
        Mocks.register(Delegates.PREPARE_LETTER, prepareLetter);
        Mocks.register(Delegates.CANCEL_UNSENT_LETTER, DelegateDouble.recording(Variables.LETTER_TYPE));
        Mocks.register(Delegates.SCHEDULE_INSTALMENT_CHECK, DelegateDouble.answering(Variables.INSTALMENT_CHECK_AT,
                FIRST_CHECK_AT, SECOND_CHECK_AT, THIRD_CHECK_AT));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void planWithinLimitsIsConfirmedInWritingAndEachInstalmentCheckedOnItsDateUntilAllArePaid() {
        planCheckSays(PaymentPlanChecks.WITHIN_LIMITS);
        instalmentsAre(InstalmentStatuses.PAID, InstalmentStatuses.PAID, InstalmentStatuses.ALL_PAID);
        ProcessInstance plan = startPlan();
        driver.continueAsync(plan);

        sendLetter(plan, SEND_CONFIRMATION, LetterTypes.PAYMENT_PLAN_CONFIRMATION);
        checkInstalmentOn(plan, FIRST_CHECK_AT);
        checkInstalmentOn(plan, SECOND_CHECK_AT);
        checkInstalmentOn(plan, THIRD_CHECK_AT);

        assertThat(plan).isEnded().hasPassed("EndEvent_PlanKept").hasNotPassed(APPROVE_PLAN, SEND_INSTALMENT_REMINDER);
        assertThat(prepareLetter.calls()).containsExactly(LetterTypes.PAYMENT_PLAN_CONFIRMATION);
    }

    @Test
    void missedInstalmentGetsAReminderAndCollectionResumes() {
        planCheckSays(PaymentPlanChecks.WITHIN_LIMITS);
        instalmentsAre(InstalmentStatuses.PAID, InstalmentStatuses.MISSED);
        ProcessInstance plan = startPlan();
        driver.continueAsync(plan);
        sendLetter(plan, SEND_CONFIRMATION, LetterTypes.PAYMENT_PLAN_CONFIRMATION);

        checkInstalmentOn(plan, FIRST_CHECK_AT);
        checkInstalmentOn(plan, SECOND_CHECK_AT);
        sendLetter(plan, SEND_INSTALMENT_REMINDER, LetterTypes.INSTALMENT_REMINDER);

        assertThat(plan).isEnded().hasPassed("EndEvent_PlanDefaulted").hasNotPassed("EndEvent_PlanKept");
        assertThat(errorCodeOf("EndEvent_PlanDefaulted")).isEqualTo(Errors.PAYMENT_PLAN_DEFAULTED);
    }

    @Test
    void planBeyondTheOperatorsLimitsIsConfirmedOnlyAfterApproval() {
        planCheckSays(PaymentPlanChecks.NEEDS_APPROVAL);
        instalmentsAre(InstalmentStatuses.ALL_PAID);
        ProcessInstance plan = startPlan();
        driver.continueAsync(plan);

        assertThat(plan).isWaitingAt(APPROVE_PLAN).task().hasCandidateGroup(Groups.OPERATORS);
        assertThat(prepareLetter.calls()).isEmpty();
        driver.completeUserTask(plan, Map.of(Variables.PAYMENT_PLAN_APPROVAL, PaymentPlanApprovals.APPROVED));
        sendLetter(plan, SEND_CONFIRMATION, LetterTypes.PAYMENT_PLAN_CONFIRMATION);
        checkInstalmentOn(plan, FIRST_CHECK_AT);

        assertThat(plan).isEnded().hasPassed("EndEvent_PlanKept");
    }

    @Test
    void rejectedPlanSendsNothingAndReturnsRejected() {
        planCheckSays(PaymentPlanChecks.NEEDS_APPROVAL);
        ProcessInstance plan = startPlan();
        driver.continueAsync(plan);

        driver.completeUserTask(plan, Map.of(Variables.PAYMENT_PLAN_APPROVAL, PaymentPlanApprovals.REJECTED));

        assertThat(plan).isEnded().hasPassed("EndEvent_PlanRejected").hasNotPassed(SEND_CONFIRMATION);
        assertThat(errorCodeOf("EndEvent_PlanRejected")).isEqualTo(Errors.PAYMENT_PLAN_REJECTED);
        assertThat(prepareLetter.calls()).isEmpty();
    }

    private ProcessInstance startPlan() {
        ProcessInstance plan = driver.start(Processes.PAYMENT_PLAN, CLAIM_ID,
                Map.of(Variables.CLAIM_ID, CLAIM_ID, Variables.PAYMENT_PLAN_ID, PLAN_ID));
        assertThat(plan).isWaitingAt(CHECK_PLAN);
        return plan;
    }

    private void planCheckSays(String check) {
        Mocks.register(Delegates.CHECK_PAYMENT_PLAN, DelegateDouble.answering(Variables.PAYMENT_PLAN_CHECK, check));
    }

    private void instalmentsAre(Object... statuses) {
        Mocks.register(Delegates.CHECK_INSTALMENT, DelegateDouble.answering(Variables.INSTALMENT_STATUS, statuses));
    }

    /** Computes the check date, asserts the timer waits until it, fires it and lets the ledger check run. */
    private void checkInstalmentOn(ProcessInstance plan, Date checkAt) {
        driver.continueAsync(plan);
        assertThat(plan).isWaitingAt(UNTIL_INSTALMENT_CHECK);
        assertThat(driver.timerDueDate(plan)).isEqualTo(checkAt);
        driver.fireTimer(plan);
        assertThat(plan).isWaitingAt(CHECK_INSTALMENT);
        driver.continueAsync(plan);
    }

    private void sendLetter(ProcessInstance plan, String letterTask, String letterType) {
        assertThat(driver.sendLetter(plan, letterTask, letterType).getVariables())
                .containsEntry(Variables.PAYMENT_PLAN_ID, PLAN_ID);
    }

    /** The error code an error end event throws to the calling process. */
    private String errorCodeOf(String endEvent) {
        BpmnModelInstance model = ENGINE.getProcessEngine().getRepositoryService().getBpmnModelInstance(
                ENGINE.getProcessEngine().getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(Processes.PAYMENT_PLAN).singleResult().getId());
        EndEvent end = model.getModelElementById(endEvent);
        ErrorEventDefinition error = (ErrorEventDefinition) end.getEventDefinitions().iterator().next();
        return error.getError().getErrorCode();
    }
}
