package fi.saatava.process.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.saatava.process.ProcessContract.CloseReasons;
import fi.saatava.process.ProcessContract.CollectionSteps;
import fi.saatava.process.ProcessContract.CreditorDecisions;
import fi.saatava.process.ProcessContract.CreditorNotices;
import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.DisputeDecisions;
import fi.saatava.process.ProcessContract.DisputeResolutions;
import fi.saatava.process.ProcessContract.Errors;
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
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = {"bpmn/business-collection.bpmn", "dmn/collectability.dmn"})
class BusinessCollectionProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .excludeProcessDefinitionKeys(Processes.PAYMENT_PLAN, Processes.LEGAL_COLLECTION, Processes.INSOLVENCY)
            .build();

    static final String AGREE_NEXT_STEP = "Activity_AgreeNextStep";
    static final String SCHEDULE_REMINDER = CollectionFlow.SCHEDULE_REMINDER;
    static final String UNTIL_REMINDER_DATE = CollectionFlow.UNTIL_REMINDER_DATE;
    static final String SEND_REMINDER = CollectionFlow.SEND_REMINDER;
    static final String UNTIL_DEMAND_DATE = "Event_UntilFirstDemandDate";
    static final String SEND_DEMAND = "Activity_SendFirstDemand";
    static final String UNTIL_SECOND_DEMAND_DATE = "Event_UntilSecondDemandDate";
    static final String SEND_SECOND_DEMAND = "Activity_SendSecondDemand";
    static final String UNTIL_TRATTA_DATE = "Event_UntilTrattaDate";
    static final String SEND_TRATTA = "Activity_SendTratta";
    static final String REGISTER_DRAFT = "Activity_RegisterDraft";
    static final String SCHEDULE_PUBLICATION = "Activity_ScheduleDraftPublication";
    static final String UNTIL_PUBLICATION = "Event_UntilDraftPublication";
    static final String PUBLISH_DRAFT = "Activity_PublishDraft";
    static final String PAYMENT_PLAN = "Activity_PaymentPlan";
    static final String INSOLVENCY = "Activity_Insolvency";
    static final String REMOVE_DEFAULT_ENTRY = "Activity_RemoveDefaultEntry";

    static final String CLAIM_ID = "5d1c2a3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String DRAFT_ID = "CB-DRAFT-42";
    static final Date REMINDER_AT = Date.from(Instant.parse("2025-03-03T22:00:00Z"));
    static final Date DEMAND_AT = Date.from(Instant.parse("2025-03-14T07:00:00Z"));
    static final Date SECOND_DEMAND_AT = Date.from(Instant.parse("2025-03-25T07:00:00Z"));
    static final Date TRATTA_AT = Date.from(Instant.parse("2025-03-26T07:00:00Z"));
    static final Date PUBLICATION_AT = Date.from(Instant.parse("2025-04-10T06:00:00Z"));
    static final Date LEGAL_COLLECTION_AT = Date.from(Instant.parse("2025-05-05T06:00:00Z"));

    ClaimDriver driver;
    CollectionFlow flow;
    CollectionDoubles doubles;
    DelegateDouble prepareLetter;
    DelegateDouble cancelUnsentLetter;
    DelegateDouble chargeStandardCompensation;
    DelegateDouble notifyCreditor;
    DelegateDouble closeClaim;
    CalledProcessDouble paymentPlan;
    CalledProcessDouble legalCollection;
    CalledProcessDouble insolvency;

    @BeforeEach
    void registerDoubles() {
        driver = new ClaimDriver(ENGINE.getProcessEngine());
        flow = new CollectionFlow(driver);
        doubles = new CollectionDoubles(Map.of(LetterTypes.REMINDER, REMINDER_AT, LetterTypes.FIRST_DEMAND, DEMAND_AT,
                LetterTypes.SECOND_DEMAND, SECOND_DEMAND_AT, LetterTypes.DRAFT, TRATTA_AT), LEGAL_COLLECTION_AT);
        prepareLetter = doubles.prepareLetter;
        cancelUnsentLetter = doubles.cancelUnsentLetter;
        notifyCreditor = doubles.notifyCreditor;
        closeClaim = doubles.closeClaim;
        chargeStandardCompensation = DelegateDouble.recording(null);
        Mocks.register(Delegates.CHARGE_STANDARD_COMPENSATION, chargeStandardCompensation);
        Mocks.register(Delegates.SCHEDULE_DRAFT_PUBLICATION,
                DelegateDouble.setting(null, Variables.DRAFT_PUBLICATION_AT, in -> PUBLICATION_AT));
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
    }

    @Test
    void commercialPaymentIsChargedTheStandardCompensationAndGetsReminderDemandAndSecondDemand() {
        trattaChoiceIs(CollectionSteps.SECOND_DEMAND);
        ProcessInstance claim = start(false, true);
        flow.completeCreditCheck(claim, InsolvencyStatuses.NONE, 0, 70);
        driver.continueAsync(claim);
        assertThat(chargeStandardCompensation.calls()).hasSize(1);
        driver.continueAsync(claim);

        flow.findNextStep(claim);
        flow.waitForDateAndSend(claim, UNTIL_REMINDER_DATE, REMINDER_AT, SEND_REMINDER, LetterTypes.REMINDER);
        flow.waitForDateAndSend(claim, UNTIL_DEMAND_DATE, DEMAND_AT, SEND_DEMAND, LetterTypes.FIRST_DEMAND);
        driver.continueAsync(claim);
        flow.waitForDateAndSend(claim, UNTIL_SECOND_DEMAND_DATE, SECOND_DEMAND_AT, SEND_SECOND_DEMAND,
                LetterTypes.SECOND_DEMAND);
        flow.waitForLegalCollection(claim, LEGAL_COLLECTION_AT);
        legalCollection.finish(claim, Map.of());

        assertThat(claim).isEnded().hasPassed("EndEvent_CollectionEnded").hasNotPassed(SEND_TRATTA)
                .hasPassedInOrder(SCHEDULE_REMINDER, UNTIL_REMINDER_DATE, SEND_REMINDER, UNTIL_DEMAND_DATE);
        assertThat(prepareLetter.calls())
                .containsExactly(LetterTypes.REMINDER, LetterTypes.FIRST_DEMAND, LetterTypes.SECOND_DEMAND);
        assertThat(doubles.scheduleNextLetter.calls())
                .containsExactly(LetterTypes.REMINDER, LetterTypes.FIRST_DEMAND, LetterTypes.SECOND_DEMAND);
    }

    @Test
    void trattaIsSentRegisteredAndPublishedOnlyOnItsComputedDatesThenLegalCollection() {
        trattaChoiceIs(CollectionSteps.TRATTA);
        ProcessInstance claim = collectibleClaim(true);
        assertThat(chargeStandardCompensation.calls()).isEmpty();
        flow.findNextStep(claim);
        flow.waitForDateAndSend(claim, UNTIL_DEMAND_DATE, DEMAND_AT, SEND_DEMAND, LetterTypes.FIRST_DEMAND);
        driver.continueAsync(claim);

        flow.waitForDateAndSend(claim, UNTIL_TRATTA_DATE, TRATTA_AT, SEND_TRATTA, LetterTypes.DRAFT);
        registerDraft(claim);
        flow.waitUntil(claim, UNTIL_PUBLICATION, PUBLICATION_AT);
        LockedExternalTask publication = driver.fetch(claim, Topics.DRAFT_PUBLISH);
        assertThat(publication.getVariables()).containsEntry(Variables.DRAFT_ID, DRAFT_ID);
        driver.complete(publication, Map.of());
        flow.waitForLegalCollection(claim, LEGAL_COLLECTION_AT);

        assertThat(claim).hasPassedInOrder(SEND_DEMAND, SEND_TRATTA, REGISTER_DRAFT, UNTIL_PUBLICATION, PUBLISH_DRAFT)
                .hasNotPassed(SCHEDULE_REMINDER, UNTIL_REMINDER_DATE, SEND_REMINDER, SEND_SECOND_DEMAND);
    }

    @Test
    void disputeBeforePublicationStopsItAndAClearlyUnfoundedOneGoesOnWithoutPublishing() {
        ProcessInstance claim = claimAwaitingPublication();
        nextStepsAre(CollectionSteps.LEGAL_COLLECTION);

        driver.correlate(claim, Messages.DISPUTE_RAISED, Map.of());
        driver.completeUserTask(claim, Map.of(Variables.DISPUTE_DECISION, DisputeDecisions.CLEARLY_UNFOUNDED));
        driver.sendLetter(claim, "Activity_SendDisputeAcknowledgement", LetterTypes.DISPUTE_ACKNOWLEDGEMENT);
        flow.findNextStep(claim);

        flow.waitForLegalCollection(claim, LEGAL_COLLECTION_AT);
        assertThat(claim).hasNotPassed(PUBLISH_DRAFT);
    }

    @Test
    void foundedDisputeNotifiesTheCreditorAndMayCloseTheClaim() {
        ProcessInstance claim = claimAwaitingPublication();

        disputeFoundedAndPaused(claim);
        driver.completeUserTask(claim, Map.of(Variables.DISPUTE_RESOLUTION, DisputeResolutions.CLOSE));
        driver.continueAsync(claim);

        assertThat(notifyCreditor.calls()).containsExactly(CreditorNotices.DISPUTE);
        assertThat(closeClaim.calls()).containsExactly(CloseReasons.DISPUTE_UPHELD);
        assertThat(claim).isEnded().hasNotPassed(PUBLISH_DRAFT);
    }

    @Test
    void resolvedDisputeResumesCollection() {
        ProcessInstance claim = claimAwaitingPublication();
        nextStepsAre(CollectionSteps.SECOND_DEMAND);
        disputeFoundedAndPaused(claim);

        driver.completeUserTask(claim, Map.of(Variables.DISPUTE_RESOLUTION, DisputeResolutions.RESUME));
        flow.findNextStep(claim);

        assertThat(claim).isWaitingAt("Activity_ScheduleSecondDemand");
    }

    @ParameterizedTest(name = "resumes at {0}")
    @CsvSource({
            "REMINDER,          Activity_ScheduleReminder",
            "FIRST_DEMAND,      Activity_ScheduleFirstDemand",
            "SECOND_DEMAND,     Activity_ScheduleSecondDemand",
            "TRATTA,            Activity_ScheduleTratta",
            "DRAFT_PUBLICATION, Activity_ScheduleDraftPublication",
            "LEGAL_COLLECTION,  Activity_ScheduleLegalCollection",
    })
    void missedPaymentPlanResumesCollectionAtTheStepTheLedgerNames(String step, String expectedActivity) {
        ProcessInstance claim = collectibleClaim(false);
        nextStepsAre(CollectionSteps.REMINDER, step);
        flow.findNextStep(claim);
        flow.waitForReminderDate(claim, REMINDER_AT);
        driver.continueAsync(claim);
        driver.correlate(claim, Messages.PAYMENT_PLAN_AGREED, Map.of(Variables.PAYMENT_PLAN_ID, "plan-3"));
        assertThat(cancelUnsentLetter.cancelledCalls()).containsExactly(LetterTypes.REMINDER);

        paymentPlan.failWith(claim, Errors.PAYMENT_PLAN_DEFAULTED);
        flow.findNextStep(claim);

        assertThat(claim).isWaitingAt(expectedActivity);
    }

    @Test
    void rejectedPaymentPlanResumesCollection() {
        ProcessInstance claim = claimAwaitingPublication();
        nextStepsAre(CollectionSteps.LEGAL_COLLECTION);
        driver.correlate(claim, Messages.PAYMENT_PLAN_AGREED, Map.of(Variables.PAYMENT_PLAN_ID, "plan-3"));

        paymentPlan.failWith(claim, Errors.PAYMENT_PLAN_REJECTED);
        flow.findNextStep(claim);

        flow.waitForLegalCollection(claim, LEGAL_COLLECTION_AT);
    }

    @Test
    void keptPaymentPlanEndsCollection() {
        ProcessInstance claim = claimAwaitingPublication();
        driver.correlate(claim, Messages.PAYMENT_PLAN_AGREED, Map.of(Variables.PAYMENT_PLAN_ID, "plan-3"));

        paymentPlan.finish(claim, Map.of());

        assertThat(claim).isEnded().hasPassed("EndEvent_PaidUnderPlan").hasNotPassed(PUBLISH_DRAFT);
    }

    @Test
    void recommendationReturnedToTheCreditorClosesTheClaim() {
        ProcessInstance claim = start(false, false);
        flow.completeCreditCheck(claim, InsolvencyStatuses.NONE, 5, 5);
        driver.continueAsync(claim);
        driver.continueAsync(claim);

        assertThat(notifyCreditor.calls()).containsExactly(CreditorNotices.RECOMMEND_WRITE_OFF);
        driver.completeUserTask(claim, Map.of(Variables.CREDITOR_DECISION, CreditorDecisions.RETURN_TO_CREDITOR));
        driver.continueAsync(claim);

        assertThat(closeClaim.calls()).containsExactly(CloseReasons.RETURNED_TO_CREDITOR);
        assertThat(claim).isEnded().hasPassed("EndEvent_ReturnedToCreditor");
    }

    @Test
    void creditorMayInsistOnCollectingAgainstTheRecommendation() {
        ProcessInstance claim = start(false, false);
        flow.completeCreditCheck(claim, InsolvencyStatuses.NONE, 5, 60);
        driver.continueAsync(claim);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(AGREE_NEXT_STEP);

        driver.completeUserTask(claim, Map.of(Variables.CREDITOR_DECISION, CreditorDecisions.CONTINUE));

        assertThat(claim).isWaitingAt(CollectionFlow.FIND_NEXT_STEP);
        assertThat(notifyCreditor.calls()).containsExactly(CreditorNotices.RECOMMEND_LEGAL_COLLECTION);
    }

    @Test
    void restructuringFoundByTheCreditCheckGoesToTheProceedingsAndMayResume() {
        ProcessInstance claim = start(false, false);
        flow.completeCreditCheck(claim, InsolvencyStatuses.RESTRUCTURING, 0, 50);
        driver.continueAsync(claim);

        assertThat(insolvency.variables(claim))
                .containsEntry(Variables.INSOLVENCY_STATUS, InsolvencyStatuses.RESTRUCTURING);
        insolvency.failWith(claim, Errors.INSOLVENCY_COLLECTION_RESUMES);

        assertThat(claim).isWaitingAt(CollectionFlow.FIND_NEXT_STEP);
    }

    @Test
    void bankruptcyNotifiedDuringPublicationWaitEndsCollectionWhenSettled() {
        ProcessInstance claim = claimAwaitingPublication();

        driver.correlate(claim, Messages.INSOLVENCY_NOTIFIED,
                Map.of(Variables.INSOLVENCY_STATUS, InsolvencyStatuses.BANKRUPTCY));
        assertThat(claim).isWaitingAt(INSOLVENCY);
        insolvency.finish(claim, Map.of());

        assertThat(claim).isEnded().hasPassed("EndEvent_ClosedInInsolvency").hasNotPassed(PUBLISH_DRAFT);
    }

    @Test
    void soleTradersDeathDuringAPaymentPlanTurnsToTheEstate() {
        ProcessInstance claim = claimAwaitingPublication();
        driver.correlate(claim, Messages.PAYMENT_PLAN_AGREED, Map.of(Variables.PAYMENT_PLAN_ID, "plan-3"));

        driver.correlate(claim, Messages.DEBTOR_DECEASED,
                Map.of(Variables.INSOLVENCY_STATUS, InsolvencyStatuses.DECEASED_ESTATE));

        assertThat(paymentPlan.isRunning(claim)).isFalse();
        assertThat(claim).isWaitingAt(INSOLVENCY);
    }

    @Test
    void fullPaymentAfterPublicationNotifiesTheRegistryAndSendsNothingMore() {
        ProcessInstance claim = claimAwaitingPublication();
        flow.waitUntil(claim, UNTIL_PUBLICATION, PUBLICATION_AT);
        driver.complete(driver.fetch(claim, Topics.DRAFT_PUBLISH), Map.of());
        defaultEntryRegistered(true);

        driver.correlate(claim, Messages.CLAIM_PAID_IN_FULL, Map.of());
        driver.continueAsync(claim);
        driver.complete(driver.fetch(claim, Topics.DEFAULT_ENTRY_REMOVE), Map.of());

        assertThat(claim).isEnded().hasPassed(REMOVE_DEFAULT_ENTRY, "EndEvent_Paid");
        assertThat(driver.hasPendingWork(claim)).isFalse();
    }

    @Test
    void fullPaymentWhileWaitingForTheReminderDateEndsCollectionWithoutALetter() {
        ProcessInstance claim = collectibleClaim(false);
        flow.findNextStep(claim);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(UNTIL_REMINDER_DATE);
        assertThat(driver.timerDueDate(claim)).isEqualTo(REMINDER_AT);

        driver.correlate(claim, Messages.CLAIM_PAID_IN_FULL, Map.of());
        driver.continueAsync(claim);

        assertThat(claim).isEnded().hasPassed("EndEvent_Paid").hasNotPassed(SEND_REMINDER);
        assertThat(prepareLetter.calls()).isEmpty();
        assertThat(driver.hasPendingWork(claim)).isFalse();
    }

    @Test
    void fullPaymentBeforeTheTrattaIsPublishedCancelsThePublication() {
        ProcessInstance claim = claimAwaitingPublication();

        driver.correlate(claim, Messages.CLAIM_PAID_IN_FULL, Map.of());
        driver.continueAsync(claim);

        assertThat(claim).isEnded().hasPassed("EndEvent_Paid").hasNotPassed(PUBLISH_DRAFT, REMOVE_DEFAULT_ENTRY);
        assertThat(driver.hasPendingWork(claim)).isFalse();
    }

    @Test
    void partialPaymentLeavesThePublicationDateUnchanged() {
        ProcessInstance claim = claimAwaitingPublication();
        driver.continueAsync(claim);

        driver.correlate(claim, Messages.PAYMENT_RECEIVED, Map.of());

        assertThat(claim).isWaitingAt(UNTIL_PUBLICATION).hasPassed("EndEvent_ContinueWithNewBalance");
        assertThat(driver.timerDueDate(claim)).isEqualTo(PUBLICATION_AT);
    }

    @Test
    void withdrawalWhileTheTrattaIsBeingSentVoidsItAndClosesTheClaim() {
        trattaChoiceIs(CollectionSteps.TRATTA);
        ProcessInstance claim = collectibleClaim(true);
        nextStepsAre(CollectionSteps.TRATTA);
        flow.findNextStep(claim);
        flow.waitUntil(claim, UNTIL_TRATTA_DATE, TRATTA_AT);
        driver.continueAsync(claim);

        driver.correlate(claim, Messages.CLAIM_WITHDRAWN, Map.of());
        driver.continueAsync(claim);

        assertThat(cancelUnsentLetter.cancelledCalls()).containsExactly(LetterTypes.DRAFT);
        assertThat(closeClaim.calls()).containsExactly(CloseReasons.WITHDRAWN);
        assertThat(claim).isEnded().hasPassed("EndEvent_Withdrawn");
    }

    private ProcessInstance start(boolean reminderSentByCreditor, boolean commercialPayment) {
        return driver.start(Processes.BUSINESS_COLLECTION, CLAIM_ID, Map.of(
                Variables.CLAIM_ID, CLAIM_ID,
                Variables.REMINDER_SENT_BY_CREDITOR, reminderSentByCreditor,
                Variables.COMMERCIAL_PAYMENT, commercialPayment));
    }

    /** A claim the credit check found collectible, about to find its first collection step. */
    private ProcessInstance collectibleClaim(boolean reminderSentByCreditor) {
        ProcessInstance claim = start(reminderSentByCreditor, false);
        flow.completeCreditCheck(claim, InsolvencyStatuses.NONE, 0, 70);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(CollectionFlow.FIND_NEXT_STEP);
        return claim;
    }

    /** A claim whose tratta was sent and registered, waiting for the publication date to be computed. */
    private ProcessInstance claimAwaitingPublication() {
        ProcessInstance claim = collectibleClaim(true);
        nextStepsAre(CollectionSteps.TRATTA);
        flow.findNextStep(claim);
        flow.waitForDateAndSend(claim, UNTIL_TRATTA_DATE, TRATTA_AT, SEND_TRATTA, LetterTypes.DRAFT);
        registerDraft(claim);
        assertThat(claim).isWaitingAt(SCHEDULE_PUBLICATION);
        return claim;
    }

    /** The debtor disputes, the operator finds it founded or unclear, the creditor is notified: collection pauses. */
    private void disputeFoundedAndPaused(ProcessInstance claim) {
        driver.correlate(claim, Messages.DISPUTE_RAISED, Map.of());
        driver.completeUserTask(claim, Map.of(Variables.DISPUTE_DECISION, DisputeDecisions.WELL_FOUNDED_OR_UNCLEAR));
        driver.sendLetter(claim, "Activity_SendDisputeAcknowledgement", LetterTypes.DISPUTE_ACKNOWLEDGEMENT);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt("Activity_ResolveDispute");
    }

    /** Plays the draft-protest worker registering the sent tratta. */
    private void registerDraft(ProcessInstance claim) {
        assertThat(claim).isWaitingAt(REGISTER_DRAFT);
        driver.complete(driver.fetch(claim, Topics.DRAFT_REGISTER), Map.of(Variables.DRAFT_ID, DRAFT_ID));
    }

    private void nextStepsAre(String... steps) {
        doubles.nextStepsAre(steps);
    }

    private void trattaChoiceIs(String step) {
        Mocks.register(Delegates.CHOOSE_DRAFT_OR_SECOND_DEMAND,
                DelegateDouble.answering(Variables.NEXT_COLLECTION_STEP, step));
    }

    private void defaultEntryRegistered(boolean registered) {
        doubles.defaultEntryRegistered(registered);
    }
}
