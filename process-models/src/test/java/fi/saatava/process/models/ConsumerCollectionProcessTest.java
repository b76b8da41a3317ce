package fi.saatava.process.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.saatava.process.ProcessContract.CloseReasons;
import fi.saatava.process.ProcessContract.Collectability;
import fi.saatava.process.ProcessContract.CollectionSteps;
import fi.saatava.process.ProcessContract.CreditorDecisions;
import fi.saatava.process.ProcessContract.CreditorNotices;
import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.DisputeDecisions;
import fi.saatava.process.ProcessContract.DisputeResolutions;
import fi.saatava.process.ProcessContract.Errors;
import fi.saatava.process.ProcessContract.Groups;
import fi.saatava.process.ProcessContract.InsolvencyStatuses;
import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.process.ProcessContract.Messages;
import fi.saatava.process.ProcessContract.Processes;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.CalledProcessDouble;
import fi.saatava.process.support.ClaimDriver;
import fi.saatava.process.support.CollectionDoubles;
import fi.saatava.process.support.CollectionFlow;
import fi.saatava.process.support.DelegateDouble;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = {"bpmn/consumer-collection.bpmn", "dmn/collectability.dmn"})
class ConsumerCollectionProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .excludeProcessDefinitionKeys(Processes.PAYMENT_PLAN, Processes.LEGAL_COLLECTION, Processes.INSOLVENCY)
            .build();

    static final String CHECK_CREDIT = "Activity_CheckCredit";
    static final String AGREE_NEXT_STEP = "Activity_AgreeNextStep";
    static final String RETURNED_TO_CREDITOR = "EndEvent_ReturnedToCreditor";
    static final String FIND_NEXT_STEP = "Activity_FindNextStep";
    static final String SCHEDULE_REMINDER = CollectionFlow.SCHEDULE_REMINDER;
    static final String UNTIL_REMINDER_DATE = CollectionFlow.UNTIL_REMINDER_DATE;
    static final String SEND_REMINDER = CollectionFlow.SEND_REMINDER;
    static final String SCHEDULE_FIRST_DEMAND = "Activity_ScheduleFirstDemand";
    static final String UNTIL_FIRST_DEMAND_DATE = "Event_UntilFirstDemandDate";
    static final String SEND_FIRST_DEMAND = "Activity_SendFirstDemand";
    static final String SCHEDULE_SECOND_DEMAND = "Activity_ScheduleSecondDemand";
    static final String UNTIL_SECOND_DEMAND_DATE = "Event_UntilSecondDemandDate";
    static final String SEND_SECOND_DEMAND = "Activity_SendSecondDemand";
    static final String SCHEDULE_LEGAL_COLLECTION = "Activity_ScheduleLegalCollection";
    static final String UNTIL_LEGAL_COLLECTION_DATE = "Event_UntilLegalCollectionDate";
    static final String LEGAL_COLLECTION = "Activity_LegalCollection";
    static final String COLLECTION_ENDED = "EndEvent_CollectionEnded";
    static final String ASSESS_DISPUTE = "Activity_AssessDispute";
    static final String RESOLVE_DISPUTE = "Activity_ResolveDispute";
    static final String DISPUTE_UPHELD = "EndEvent_DisputeUpheld";
    static final String PAYMENT_PLAN = "Activity_PaymentPlan";
    static final String PAID_UNDER_PLAN = "EndEvent_PaidUnderPlan";
    static final String RECORD_LEGAL_COLLECTION_REQUEST = "Activity_RecordLegalCollectionRequest";
    static final String INSOLVENCY = "Activity_Insolvency";
    static final String CLOSED_IN_INSOLVENCY = "EndEvent_ClosedInInsolvency";
    static final String PAID = "EndEvent_Paid";
    static final String REMOVE_DEFAULT_ENTRY = "Activity_RemoveDefaultEntry";
    static final String CONTINUE_WITH_NEW_BALANCE = "EndEvent_ContinueWithNewBalance";
    static final String WITHDRAWN = "EndEvent_Withdrawn";

    static final String CLAIM_ID = "7b0f6a52-3f7e-4a4e-9d0e-1c2b3a4d5e6f";
    static final String PLAN_ID = "plan-1";
    static final Instant NOW = Instant.parse("2025-03-03T08:00:00Z");
    /** Start of Thursday 6.3.2025 in Helsinki: the reminder waits past the day the claim arrived. */
    static final Date REMINDER_AT = Date.from(Instant.parse("2025-03-05T22:00:00Z"));
    static final Date FIRST_DEMAND_AT = Date.from(Instant.parse("2025-03-18T07:00:00Z"));
    static final Date SECOND_DEMAND_AT = Date.from(Instant.parse("2025-04-02T06:00:00Z"));
    static final Date LEGAL_COLLECTION_AT = Date.from(Instant.parse("2025-04-28T06:00:00Z"));

    ClaimDriver driver;
    CollectionFlow flow;
    CollectionDoubles doubles;
    DelegateDouble prepareLetter;
    DelegateDouble cancelUnsentLetter;
    DelegateDouble scheduleNextLetter;
    DelegateDouble notifyCreditor;
    DelegateDouble closeClaim;
    DelegateDouble recordLegalCollectionRequest;
    CalledProcessDouble paymentPlan;
    CalledProcessDouble legalCollection;
    CalledProcessDouble insolvency;

    @BeforeEach
    void registerDoubles() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        driver = new ClaimDriver(ENGINE.getProcessEngine());
        flow = new CollectionFlow(driver);
        doubles = new CollectionDoubles(Map.of(LetterTypes.REMINDER, REMINDER_AT, LetterTypes.FIRST_DEMAND,
                FIRST_DEMAND_AT, LetterTypes.SECOND_DEMAND, SECOND_DEMAND_AT), LEGAL_COLLECTION_AT);
        prepareLetter = doubles.prepareLetter;
        cancelUnsentLetter = doubles.cancelUnsentLetter;
        scheduleNextLetter = doubles.scheduleNextLetter;
        notifyCreditor = doubles.notifyCreditor;
        closeClaim = doubles.closeClaim;
        recordLegalCollectionRequest = DelegateDouble.recording(null);
        Mocks.register(Delegates.RECORD_LEGAL_COLLECTION_REQUEST, recordLegalCollectionRequest);
        nextStepsAre(CollectionSteps.REMINDER);
        paymentPlan = new CalledProcessDouble(ENGINE.getProcessEngine(), Processes.PAYMENT_PLAN);
        legalCollection = new CalledProcessDouble(ENGINE.getProcessEngine(), Processes.LEGAL_COLLECTION);
        insolvency = new CalledProcessDouble(ENGINE.getProcessEngine(), Processes.INSOLVENCY);
    }

    @AfterEach
    void reset() {
        paymentPlan.undeploy();
        legalCollection.undeploy();
        insolvency.undeploy();
        Mocks.reset();
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ voluntary collection

    @Test
    void collectibleClaimGetsReminderAndBothDemandsOnTheComputedDatesThenLegalCollection() {
        ProcessInstance claim = startClaim(false);
        LockedExternalTask creditCheck = driver.fetch(claim, Topics.CREDIT_CHECK);
        assertThat(creditCheck.getVariables()).containsEntry(Variables.CLAIM_ID, CLAIM_ID);
        driver.complete(creditCheck, CollectionFlow.creditVerdict(InsolvencyStatuses.NONE, 0, 70));
        driver.continueAsync(claim);
        assertThat(claim).variables()
                .containsEntry(Variables.PAYMENT_DEFAULT_COUNT, 0)
                .containsEntry(Variables.PAYMENT_ABILITY_SCORE, 70)
                .containsEntry(Variables.COLLECTABILITY, Collectability.COLLECT);

        findNextStep(claim);
        waitForDateAndSend(claim, UNTIL_REMINDER_DATE, REMINDER_AT, SEND_REMINDER, LetterTypes.REMINDER);
        waitForDateAndSend(claim, UNTIL_FIRST_DEMAND_DATE, FIRST_DEMAND_AT, SEND_FIRST_DEMAND, LetterTypes.FIRST_DEMAND);
        waitForDateAndSend(claim, UNTIL_SECOND_DEMAND_DATE, SECOND_DEMAND_AT, SEND_SECOND_DEMAND, LetterTypes.SECOND_DEMAND);
        waitForLegalCollection(claim);
        assertThat(legalCollection.variables(claim))
                .containsEntry(Variables.CLAIM_ID, CLAIM_ID)
                .containsEntry(Variables.PAYMENT_ABILITY_SCORE, 70);
        legalCollection.finish(claim, Map.of());

        assertThat(claim).isEnded().hasPassedInOrder(
                CHECK_CREDIT, FIND_NEXT_STEP, SCHEDULE_REMINDER, UNTIL_REMINDER_DATE, SEND_REMINDER,
                SCHEDULE_FIRST_DEMAND, UNTIL_FIRST_DEMAND_DATE, SEND_FIRST_DEMAND, SCHEDULE_SECOND_DEMAND, UNTIL_SECOND_DEMAND_DATE, SEND_SECOND_DEMAND,
                SCHEDULE_LEGAL_COLLECTION, UNTIL_LEGAL_COLLECTION_DATE, LEGAL_COLLECTION, COLLECTION_ENDED);
        assertThat(prepareLetter.calls())
                .containsExactly(LetterTypes.REMINDER, LetterTypes.FIRST_DEMAND, LetterTypes.SECOND_DEMAND);
        assertThat(scheduleNextLetter.calls())
                .containsExactly(LetterTypes.REMINDER, LetterTypes.FIRST_DEMAND, LetterTypes.SECOND_DEMAND);
        assertThat(cancelUnsentLetter.cancelledCalls()).isEmpty();
    }

    @Test
    void creditorReminderSkipsOurReminderAndWaitsForTheFirstDemandDate() {
        ProcessInstance claim = collectibleClaim(true);
        findNextStep(claim);

        assertThat(claim).isWaitingAt(SCHEDULE_FIRST_DEMAND);
        waitForDateAndSend(claim, UNTIL_FIRST_DEMAND_DATE, FIRST_DEMAND_AT, SEND_FIRST_DEMAND, LetterTypes.FIRST_DEMAND);

        assertThat(claim).hasNotPassed(SCHEDULE_REMINDER, UNTIL_REMINDER_DATE, SEND_REMINDER);
        assertThat(scheduleNextLetter.calls()).containsExactly(LetterTypes.FIRST_DEMAND);
        assertThat(prepareLetter.calls()).containsExactly(LetterTypes.FIRST_DEMAND);
    }

    // ------------------------------------------------------------------ collectability

    @Test
    void writeOffRecommendationGoesToTheCreditorWhoMayStillHaveTheClaimCollected() {
        ProcessInstance claim = claimWithCreditVerdict(InsolvencyStatuses.NONE, 4, 10);
        driver.continueAsync(claim);
        driver.continueAsync(claim);

        assertThat(notifyCreditor.calls()).containsExactly(CreditorNotices.RECOMMEND_WRITE_OFF);
        assertThat(claim).isWaitingAt(AGREE_NEXT_STEP).task().hasCandidateGroup(Groups.OPERATORS);
        driver.completeUserTask(claim, Map.of(Variables.CREDITOR_DECISION, CreditorDecisions.CONTINUE));

        assertThat(claim).isWaitingAt(FIND_NEXT_STEP);
    }

    @Test
    void legalCollectionRecommendationReturnedToTheCreditorClosesTheClaim() {
        ProcessInstance claim = claimWithCreditVerdict(InsolvencyStatuses.NONE, 4, 60);
        driver.continueAsync(claim);
        driver.continueAsync(claim);
        assertThat(notifyCreditor.calls()).containsExactly(CreditorNotices.RECOMMEND_LEGAL_COLLECTION);

        driver.completeUserTask(claim, Map.of(Variables.CREDITOR_DECISION, CreditorDecisions.RETURN_TO_CREDITOR));
        driver.continueAsync(claim);

        assertThat(closeClaim.calls()).containsExactly(CloseReasons.RETURNED_TO_CREDITOR);
        assertThat(claim).isEnded().hasPassed(RETURNED_TO_CREDITOR).hasNotPassed(FIND_NEXT_STEP);
    }

    @Test
    void insolvencyFoundByTheCreditCheckGoesToTheProceedingsAndCollectionResumesWhenThatEndsWithoutCover() {
        ProcessInstance claim = claimWithCreditVerdict(InsolvencyStatuses.BANKRUPTCY, 0, 50);
        driver.continueAsync(claim);

        assertThat(claim).isWaitingAt(INSOLVENCY);
        assertThat(insolvency.variables(claim))
                .containsEntry(Variables.CLAIM_ID, CLAIM_ID)
                .containsEntry(Variables.INSOLVENCY_STATUS, InsolvencyStatuses.BANKRUPTCY);
        insolvency.failWith(claim, Errors.INSOLVENCY_COLLECTION_RESUMES);

        assertThat(claim).isWaitingAt(FIND_NEXT_STEP);
    }

    @Test
    void insolvencyProceedingsThatSettleTheClaimEndCollection() {
        ProcessInstance claim = claimWithCreditVerdict(InsolvencyStatuses.DEBT_ADJUSTMENT, 0, 50);
        driver.continueAsync(claim);

        insolvency.finish(claim, Map.of());

        assertThat(claim).isEnded().hasPassed(CLOSED_IN_INSOLVENCY).hasNotPassed(FIND_NEXT_STEP);
    }

    // ------------------------------------------------------------------ disputes (PerintäL 4 b §)

    @Test
    void disputeDuringTheReminderVoidsTheUnsentLetterAndAClearlyUnfoundedOneResumesWhereCollectionStood() {
        ProcessInstance claim = collectibleClaim(false);
        nextStepsAre(CollectionSteps.REMINDER, CollectionSteps.FIRST_DEMAND);
        findNextStep(claim);
        waitForReminderDate(claim);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(SEND_REMINDER).externalTask().hasTopicName(Topics.LETTER_SEND);

        driver.correlate(claim, Messages.DISPUTE_RAISED, Map.of());

        assertThat(cancelUnsentLetter.cancelledCalls()).containsExactly(LetterTypes.REMINDER);
        assertThat(claim).isWaitingAt(ASSESS_DISPUTE).task().hasCandidateGroup(Groups.OPERATORS);
        driver.completeUserTask(claim, Map.of(Variables.DISPUTE_DECISION, DisputeDecisions.CLEARLY_UNFOUNDED));
        sendLetter(claim, "Activity_SendDisputeAcknowledgement", LetterTypes.DISPUTE_ACKNOWLEDGEMENT);
        findNextStep(claim);

        assertThat(claim).isWaitingAt(SCHEDULE_FIRST_DEMAND);
        assertThat(notifyCreditor.calls()).isEmpty();
    }

    @Test
    void foundedDisputeNotifiesTheCreditorAndPausesCollectionUntilResolved() {
        ProcessInstance claim = claimWaitingForFirstDemand();
        nextStepsAre(CollectionSteps.SECOND_DEMAND);

        driver.correlate(claim, Messages.DISPUTE_RAISED, Map.of());
        driver.completeUserTask(claim, Map.of(Variables.DISPUTE_DECISION, DisputeDecisions.WELL_FOUNDED_OR_UNCLEAR));
        sendLetter(claim, "Activity_SendDisputeAcknowledgement", LetterTypes.DISPUTE_ACKNOWLEDGEMENT);
        driver.continueAsync(claim);

        assertThat(notifyCreditor.calls()).containsExactly(CreditorNotices.DISPUTE);
        assertThat(claim).isWaitingAt(RESOLVE_DISPUTE).task().hasCandidateGroup(Groups.OPERATORS);
        assertThat(ENGINE.getProcessEngine().getManagementService().createJobQuery().timers().count()).isZero();

        driver.completeUserTask(claim, Map.of(Variables.DISPUTE_RESOLUTION, DisputeResolutions.RESUME));
        findNextStep(claim);
        assertThat(claim).isWaitingAt(SCHEDULE_SECOND_DEMAND);
    }

    @Test
    void upheldDisputeClosesTheClaim() {
        ProcessInstance claim = claimWaitingForFirstDemand();

        driver.correlate(claim, Messages.DISPUTE_RAISED, Map.of());
        driver.completeUserTask(claim, Map.of(Variables.DISPUTE_DECISION, DisputeDecisions.WELL_FOUNDED_OR_UNCLEAR));
        sendLetter(claim, "Activity_SendDisputeAcknowledgement", LetterTypes.DISPUTE_ACKNOWLEDGEMENT);
        driver.continueAsync(claim);
        driver.completeUserTask(claim, Map.of(Variables.DISPUTE_RESOLUTION, DisputeResolutions.CLOSE));
        driver.continueAsync(claim);

        assertThat(closeClaim.calls()).containsExactly(CloseReasons.DISPUTE_UPHELD);
        assertThat(claim).isEnded().hasPassed(DISPUTE_UPHELD).hasNotPassed(SEND_FIRST_DEMAND);
    }

    // ------------------------------------------------------------------ payment plans and 4 c § requests

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Errors.PAYMENT_PLAN_DEFAULTED, Errors.PAYMENT_PLAN_REJECTED})
    void missedOrRejectedPaymentPlanResumesCollectionWhereItStopped(String error) {
        ProcessInstance claim = claimWaitingForSecondDemand();
        nextStepsAre(CollectionSteps.LEGAL_COLLECTION);

        driver.correlate(claim, Messages.PAYMENT_PLAN_AGREED, planAgreed());

        assertThat(claim).isWaitingAt(PAYMENT_PLAN);
        assertThat(paymentPlan.variables(claim))
                .containsEntry(Variables.CLAIM_ID, CLAIM_ID)
                .containsEntry(Variables.PAYMENT_PLAN_ID, PLAN_ID);
        assertThat(ENGINE.getProcessEngine().getManagementService().createJobQuery().timers().count()).isZero();
        paymentPlan.failWith(claim, error);
        findNextStep(claim);

        waitForLegalCollection(claim);
        assertThat(prepareLetter.calls()).doesNotContain(LetterTypes.SECOND_DEMAND);
    }

    @Test
    void completedPaymentPlanEndsCollection() {
        ProcessInstance claim = claimWaitingForSecondDemand();

        driver.correlate(claim, Messages.PAYMENT_PLAN_AGREED, planAgreed());
        paymentPlan.finish(claim, Map.of());

        assertThat(claim).isEnded().hasPassed(PAID_UNDER_PLAN).hasNotPassed(SEND_SECOND_DEMAND);
    }

    @Test
    void debtorsLegalCollectionRequestStopsCostsAndMovesTheClaimToLegalCollection() {
        ProcessInstance claim = claimWaitingForFirstDemand();
        nextStepsAre(CollectionSteps.LEGAL_COLLECTION);

        driver.correlate(claim, Messages.LEGAL_COLLECTION_REQUESTED, Map.of());
        driver.continueAsync(claim);
        assertThat(recordLegalCollectionRequest.calls()).hasSize(1);
        findNextStep(claim);

        waitForLegalCollection(claim);
        assertThat(claim).hasPassed(RECORD_LEGAL_COLLECTION_REQUEST).hasNotPassed(SEND_FIRST_DEMAND);
    }

    // ------------------------------------------------------------------ insolvency and death (spec §11)

    @Test
    void insolvencyNotifiedWhileADemandIsBeingSentFreezesCollection() {
        ProcessInstance claim = claimWaitingForSecondDemand();
        driver.fireTimer(claim);
        driver.continueAsync(claim);

        driver.correlate(claim, Messages.INSOLVENCY_NOTIFIED,
                Map.of(Variables.INSOLVENCY_STATUS, InsolvencyStatuses.DEBT_ADJUSTMENT));

        assertThat(cancelUnsentLetter.cancelledCalls()).containsExactly(LetterTypes.SECOND_DEMAND);
        assertThat(claim).isWaitingAt(INSOLVENCY);
        assertThat(insolvency.variables(claim))
                .containsEntry(Variables.INSOLVENCY_STATUS, InsolvencyStatuses.DEBT_ADJUSTMENT);
    }

    @Test
    void debtorDeceasedDuringAPaymentPlanEndsThePlanAndTurnsToTheEstate() {
        ProcessInstance claim = claimWaitingForSecondDemand();
        driver.correlate(claim, Messages.PAYMENT_PLAN_AGREED, planAgreed());

        driver.correlate(claim, Messages.DEBTOR_DECEASED,
                Map.of(Variables.INSOLVENCY_STATUS, InsolvencyStatuses.DECEASED_ESTATE));

        assertThat(paymentPlan.isRunning(claim)).isFalse();
        assertThat(insolvency.variables(claim))
                .containsEntry(Variables.INSOLVENCY_STATUS, InsolvencyStatuses.DECEASED_ESTATE);
        insolvency.finish(claim, Map.of());
        assertThat(claim).isEnded().hasPassed(CLOSED_IN_INSOLVENCY);
    }

    @Test
    void insolvencyNotifiedWhileADisputeIsAssessedStillFreezesCollection() {
        ProcessInstance claim = claimWaitingForFirstDemand();
        nextStepsAre(CollectionSteps.FIRST_DEMAND);
        driver.correlate(claim, Messages.DISPUTE_RAISED, Map.of());

        driver.correlate(claim, Messages.INSOLVENCY_NOTIFIED,
                Map.of(Variables.INSOLVENCY_STATUS, InsolvencyStatuses.BANKRUPTCY));

        assertThat(claim).isWaitingAt(INSOLVENCY).isNotWaitingAt(ASSESS_DISPUTE);
        insolvency.failWith(claim, Errors.INSOLVENCY_COLLECTION_RESUMES);
        findNextStep(claim);
        assertThat(claim).isWaitingAt(SCHEDULE_FIRST_DEMAND);
    }

    // ------------------------------------------------------------------ payments and withdrawal, at any stage

    /** Stages of a claim started without a creditor reminder; each brings {@link #claim} there. */
    static Stream<Arguments> stages() {
        return Stream.of(
                stage("during the credit check", test -> { }),
                stage("while waiting for the reminder date", test -> {
                    test.passCreditCheckAndFindNextStep();
                    test.driver.continueAsync(test.claim);
                }),
                stage("while a reminder is being sent", test -> {
                    test.passCreditCheckAndFindNextStep();
                    test.waitForReminderDate(test.claim);
                    test.driver.continueAsync(test.claim);
                }),
                stage("while waiting for the first-demand date", test -> {
                    test.passCreditCheckAndFindNextStep();
                    test.waitForReminderDate(test.claim);
                    test.sendLetter(test.claim, SEND_REMINDER, LetterTypes.REMINDER);
                    test.driver.continueAsync(test.claim);
                }),
                stage("while a dispute is assessed", test -> {
                    test.passCreditCheckAndFindNextStep();
                    test.driver.correlate(test.claim, Messages.DISPUTE_RAISED, Map.of());
                }),
                stage("during a payment plan", test -> {
                    test.passCreditCheckAndFindNextStep();
                    test.driver.correlate(test.claim, Messages.PAYMENT_PLAN_AGREED, planAgreed());
                }),
                stage("during legal collection", test -> {
                    test.nextStepsAre(CollectionSteps.LEGAL_COLLECTION);
                    test.passCreditCheckAndFindNextStep();
                    test.waitForLegalCollection(test.claim);
                }),
                stage("during insolvency proceedings", test -> {
                    test.completeCreditCheck(test.claim, InsolvencyStatuses.RESTRUCTURING, 0, 70);
                    test.driver.continueAsync(test.claim);
                }));
    }

    ProcessInstance claim;

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void fullPaymentEndsCollectionAtOnceAndLeavesNothingToSend(Consumer<ConsumerCollectionProcessTest> stage) {
        claim = startClaim(false);
        stage.accept(this);

        driver.correlate(claim, Messages.CLAIM_PAID_IN_FULL, Map.of());
        driver.continueAsync(claim);

        assertThat(claim).isEnded().hasPassed(PAID).hasNotPassed(REMOVE_DEFAULT_ENTRY);
        assertThat(driver.hasPendingWork(claim)).isFalse();
    }

    @Test
    void fullPaymentAfterAJudgmentNotifiesTheRegistrySoTheEntryIsRemoved() {
        claim = collectibleClaim(false);
        nextStepsAre(CollectionSteps.LEGAL_COLLECTION);
        findNextStep(claim);
        waitForLegalCollection(claim);
        defaultEntryRegistered(true);

        driver.correlate(claim, Messages.CLAIM_PAID_IN_FULL, Map.of());
        driver.continueAsync(claim);
        driver.complete(driver.fetch(claim, Topics.DEFAULT_ENTRY_REMOVE), Map.of());

        assertThat(claim).isEnded().hasPassed(REMOVE_DEFAULT_ENTRY, PAID);
        assertThat(legalCollection.isRunning(claim)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void creditorWithdrawalClosesTheClaimAtAnyStage(Consumer<ConsumerCollectionProcessTest> stage) {
        claim = startClaim(false);
        stage.accept(this);

        driver.correlate(claim, Messages.CLAIM_WITHDRAWN, Map.of());
        driver.continueAsync(claim);

        assertThat(closeClaim.calls()).containsExactly(CloseReasons.WITHDRAWN);
        assertThat(claim).isEnded().hasPassed(WITHDRAWN);
        assertThat(driver.hasPendingWork(claim)).isFalse();
    }

    @Test
    void withdrawalWhileALetterIsBeingSentVoidsTheUnsentLetter() {
        claim = collectibleClaim(false);
        findNextStep(claim);
        waitForReminderDate(claim);
        driver.continueAsync(claim);

        driver.correlate(claim, Messages.CLAIM_WITHDRAWN, Map.of());

        assertThat(cancelUnsentLetter.cancelledCalls()).containsExactly(LetterTypes.REMINDER);
    }

    @Test
    void partialPaymentLeavesCollectionWaitingForTheSameDate() {
        ProcessInstance claim = claimWaitingForFirstDemand();

        driver.correlate(claim, Messages.PAYMENT_RECEIVED, Map.of());

        assertThat(claim).isWaitingAt(UNTIL_FIRST_DEMAND_DATE).hasPassed(CONTINUE_WITH_NEW_BALANCE);
        assertThat(driver.timerDueDate(claim)).isEqualTo(FIRST_DEMAND_AT);
    }

    @Test
    void fullPaymentWhileWaitingForTheReminderDateEndsCollectionWithoutALetter() {
        ProcessInstance claim = claimWaitingForReminderDate();

        driver.correlate(claim, Messages.CLAIM_PAID_IN_FULL, Map.of());
        driver.continueAsync(claim);

        assertThat(claim).isEnded().hasPassed(PAID).hasNotPassed(SEND_REMINDER);
        assertThat(prepareLetter.calls()).isEmpty();
        assertThat(cancelUnsentLetter.cancelledCalls()).isEmpty();
        assertThat(driver.hasPendingWork(claim)).isFalse();
    }

    @Test
    void partialPaymentLeavesTheReminderWaitingForTheSameDate() {
        ProcessInstance claim = claimWaitingForReminderDate();

        driver.correlate(claim, Messages.PAYMENT_RECEIVED, Map.of());

        assertThat(claim).isWaitingAt(UNTIL_REMINDER_DATE).hasPassed(CONTINUE_WITH_NEW_BALANCE);
        assertThat(driver.timerDueDate(claim)).isEqualTo(REMINDER_AT);
        assertThat(prepareLetter.calls()).isEmpty();
    }

    @Test
    void disputeWhileWaitingForTheReminderDateStopsTheWaitBeforeAnyLetter() {
        ProcessInstance claim = claimWaitingForReminderDate();

        driver.correlate(claim, Messages.DISPUTE_RAISED, Map.of());

        assertThat(claim).isWaitingAt(ASSESS_DISPUTE).isNotWaitingAt(UNTIL_REMINDER_DATE);
        assertThat(ENGINE.getProcessEngine().getManagementService().createJobQuery().timers().count()).isZero();
        assertThat(prepareLetter.calls()).isEmpty();
    }

    // ------------------------------------------------------------------ transaction boundaries

    @Test
    void failingLetterPreparationBecomesAnIncidentAfterRetriesWithoutFailingTheWorker() {
        Mocks.register(Delegates.PREPARE_LETTER, (ExecutionListener) execution -> {
            throw new IllegalStateException("ledger unavailable");
        });
        ProcessInstance claim = collectibleClaim(false);
        findNextStep(claim);
        waitForReminderDate(claim);
        ManagementService management = ENGINE.getProcessEngine().getManagementService();
        Job preparation = management.createJobQuery().processInstanceId(claim.getId()).singleResult();
        assertThat(preparation.getRetries()).isEqualTo(3);

        assertThatThrownBy(() -> management.executeJob(preparation.getId())).hasMessageContaining("ledger unavailable");
        Job retried = management.createJobQuery().processInstanceId(claim.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(2);
        assertThat(retried.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> management.executeJob(preparation.getId()))
                    .hasMessageContaining("ledger unavailable");
        }

        assertThat(ENGINE.getProcessEngine().getRuntimeService().createIncidentQuery()
                .processInstanceId(claim.getId()).singleResult().getActivityId()).isEqualTo(SEND_REMINDER);
    }

    // ------------------------------------------------------------------ steps

    private static Arguments stage(String name, Consumer<ConsumerCollectionProcessTest> steps) {
        return Arguments.of(Named.of(name, steps));
    }

    private void passCreditCheckAndFindNextStep() {
        completeCreditCheck(claim, InsolvencyStatuses.NONE, 0, 70);
        driver.continueAsync(claim);
        findNextStep(claim);
    }

    private void defaultEntryRegistered(boolean registered) {
        doubles.defaultEntryRegistered(registered);
    }

    private void nextStepsAre(String... steps) {
        doubles.nextStepsAre(steps);
    }

    private ProcessInstance startClaim(boolean reminderSentByCreditor) {
        return driver.start(Processes.CONSUMER_COLLECTION, CLAIM_ID, Map.of(
                Variables.CLAIM_ID, CLAIM_ID,
                Variables.REMINDER_SENT_BY_CREDITOR, reminderSentByCreditor));
    }

    private ProcessInstance claimWithCreditVerdict(String insolvencyStatus, int defaults, int score) {
        ProcessInstance started = startClaim(false);
        completeCreditCheck(started, insolvencyStatus, defaults, score);
        return started;
    }

    private void completeCreditCheck(ProcessInstance claim, String insolvencyStatus, int defaults, int score) {
        flow.completeCreditCheck(claim, insolvencyStatus, defaults, score);
    }

    /** A claim the credit check found collectible, about to find its first collection step. */
    private ProcessInstance collectibleClaim(boolean reminderSentByCreditor) {
        ProcessInstance started = startClaim(reminderSentByCreditor);
        completeCreditCheck(started, InsolvencyStatuses.NONE, 0, 70);
        driver.continueAsync(started);
        assertThat(started).isWaitingAt(FIND_NEXT_STEP);
        return started;
    }

    /** A claim without a creditor reminder, its reminder date computed: the timer waits until {@link #REMINDER_AT}. */
    private ProcessInstance claimWaitingForReminderDate() {
        ProcessInstance started = collectibleClaim(false);
        findNextStep(started);
        assertThat(started).isWaitingAt(SCHEDULE_REMINDER);
        driver.continueAsync(started);
        assertThat(started).isWaitingAt(UNTIL_REMINDER_DATE);
        assertThat(driver.timerDueDate(started)).isEqualTo(REMINDER_AT);
        return started;
    }

    private ProcessInstance claimWaitingForFirstDemand() {
        ProcessInstance started = claimWaitingForReminderDate();
        driver.fireTimer(started);
        sendLetter(started, SEND_REMINDER, LetterTypes.REMINDER);
        driver.continueAsync(started);
        assertThat(started).isWaitingAt(UNTIL_FIRST_DEMAND_DATE);
        return started;
    }

    private ProcessInstance claimWaitingForSecondDemand() {
        ProcessInstance started = claimWaitingForFirstDemand();
        driver.fireTimer(started);
        sendLetter(started, SEND_FIRST_DEMAND, LetterTypes.FIRST_DEMAND);
        driver.continueAsync(started);
        assertThat(started).isWaitingAt(UNTIL_SECOND_DEMAND_DATE);
        return started;
    }

    private void findNextStep(ProcessInstance claim) {
        flow.findNextStep(claim);
    }

    private void sendLetter(ProcessInstance claim, String letterTask, String letterType) {
        driver.sendLetter(claim, letterTask, letterType);
    }

    private void waitForDateAndSend(ProcessInstance claim, String timer, Date dueDate, String letterTask, String letterType) {
        flow.waitForDateAndSend(claim, timer, dueDate, letterTask, letterType);
    }

    private void waitForReminderDate(ProcessInstance claim) {
        flow.waitForReminderDate(claim, REMINDER_AT);
    }

    private void waitForLegalCollection(ProcessInstance claim) {
        flow.waitForLegalCollection(claim, LEGAL_COLLECTION_AT);
    }

    private static Map<String, Object> planAgreed() {
        return Map.of(Variables.PAYMENT_PLAN_ID, PLAN_ID);
    }

}
