package fi.saatava.process.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.saatava.process.ProcessContract.CloseReasons;
import fi.saatava.process.ProcessContract.CourtDecisionHandlings;
import fi.saatava.process.ProcessContract.CourtDecisions;
import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.EnforcementOutcomes;
import fi.saatava.process.ProcessContract.Groups;
import fi.saatava.process.ProcessContract.LegalCollectionApprovals;
import fi.saatava.process.ProcessContract.LegalCollectionRecommendations;
import fi.saatava.process.ProcessContract.LegalCollectionSteps;
import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.process.ProcessContract.Processes;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.CalledProcessDouble;
import fi.saatava.process.support.ClaimDriver;
import fi.saatava.process.support.CourtAndEnforcement;
import fi.saatava.process.support.DelegateDouble;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/legal-collection.bpmn")
class LegalCollectionProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .excludeProcessDefinitionKeys(Processes.POST_COLLECTION)
            .build();

    static final String APPROVE = "Activity_ApproveLegalCollection";
    static final String SEND_NOTICE = "Activity_SendLegalCollectionNotice";
    static final String FILE_SUMMONS = "Activity_FileSummons";
    static final String WAIT_FOR_COURT = "Activity_WaitForCourtDecision";
    static final String ASK_COURT = "Activity_AskCourt";
    static final String HANDLE_COURT_DECISION = "Activity_HandleCourtDecision";
    static final String FILE_ENFORCEMENT = "Activity_FileEnforcement";
    static final String WAIT_FOR_ENFORCEMENT = "Activity_WaitForEnforcement";
    static final String PASSIVE_REGISTER = "Activity_PassiveRegister";
    static final String POST_COLLECTION = "Activity_PostCollection";

    static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    static final Instant NOW = Instant.parse("2025-05-05T08:00:00Z");
    static final Date PASSIVE_REGISTRATION_ENDS_AT = Date.from(Instant.parse("2027-06-01T06:00:00Z"));

    ClaimDriver driver;
    CourtAndEnforcement outside;
    DelegateDouble prepareLetter;
    DelegateDouble recordCourtDecision;
    DelegateDouble recordEnforcementOutcome;
    DelegateDouble closeClaim;
    CalledProcessDouble postCollection;

    @BeforeEach
    void registerDoubles() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        driver = new ClaimDriver(ENGINE.getProcessEngine());
        outside = new CourtAndEnforcement(ENGINE.getProcessEngine(), driver);
        prepareLetter = ClaimDriver.letterPreparation();
        recordCourtDecision = DelegateDouble.recording(null);
        recordEnforcementOutcome = DelegateDouble.setting(null, Variables.PASSIVE_REGISTRATION_ENDS_AT,
                in -> PASSIVE_REGISTRATION_ENDS_AT);
        closeClaim = DelegateDouble.recording(Variables.CLOSE_REASON);
        Mocks.register(Delegates.PREPARE_LETTER, prepareLetter);
        Mocks.register(Delegates.CANCEL_UNSENT_LETTER, DelegateDouble.recording(Variables.LETTER_TYPE));
        Mocks.register(Delegates.SUMMARISE_LEGAL_COLLECTION_CASE, DelegateDouble.answering(
                Variables.LEGAL_COLLECTION_RECOMMENDATION, LegalCollectionRecommendations.RECOMMENDED));
        Mocks.register(Delegates.RECORD_COURT_DECISION, recordCourtDecision);
        Mocks.register(Delegates.RECORD_ENFORCEMENT_OUTCOME, recordEnforcementOutcome);
        Mocks.register(Delegates.CLOSE_CLAIM, closeClaim);
        postCollection = new CalledProcessDouble(ENGINE.getProcessEngine(), Processes.POST_COLLECTION);
    }

    @AfterEach
    void reset() {
        postCollection.undeploy();
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void approvedClaimIsNoticedSummonedAndEnforcedUntilPaid() {
        ProcessInstance claim = startAt(LegalCollectionSteps.APPROVAL);
        driver.continueAsync(claim);
        driver.continueAsync(claim);

        assertThat(claim).isWaitingAt(APPROVE).task().hasCandidateGroup(Groups.OPERATORS);
        assertThat(claim).variables().containsEntry(Variables.LEGAL_COLLECTION_RECOMMENDATION,
                LegalCollectionRecommendations.RECOMMENDED);
        driver.completeUserTask(claim, Map.of(Variables.LEGAL_COLLECTION_APPROVAL, LegalCollectionApprovals.APPROVED));
        driver.sendLetter(claim, SEND_NOTICE, LetterTypes.LEGAL_COLLECTION_NOTICE);
        fileSummons(claim, "summons-1");

        courtDecides(claim, "summons-1", 0, CourtDecisions.DEFAULT_JUDGMENT);
        driver.continueAsync(claim);
        assertThat(recordCourtDecision.calls()).hasSize(1);
        fileEnforcement(claim, "enforcement-1");
        enforcementReports(claim, "enforcement-1", 0, EnforcementOutcomes.PARTIAL_REMITTANCE);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(WAIT_FOR_ENFORCEMENT);
        enforcementReports(claim, "enforcement-1", 1, EnforcementOutcomes.PAID_IN_FULL);
        driver.continueAsync(claim);

        assertThat(claim).isEnded().hasPassed("EndEvent_PaidInEnforcement").hasNotPassed(PASSIVE_REGISTER);
        assertThat(recordEnforcementOutcome.calls()).hasSize(2);
        assertThat(prepareLetter.calls()).containsExactly(LetterTypes.LEGAL_COLLECTION_NOTICE);
    }

    @Test
    void creditorDecliningCourtReturnsTheClaim() {
        ProcessInstance claim = startAt(LegalCollectionSteps.APPROVAL);
        driver.continueAsync(claim);
        driver.continueAsync(claim);

        driver.completeUserTask(claim, Map.of(Variables.LEGAL_COLLECTION_APPROVAL, LegalCollectionApprovals.REJECTED));
        driver.continueAsync(claim);

        assertThat(closeClaim.calls()).containsExactly(CloseReasons.RETURNED_TO_CREDITOR);
        assertThat(claim).isEnded().hasPassed("EndEvent_ReturnedToCreditor").hasNotPassed(SEND_NOTICE, FILE_SUMMONS);
    }

    @Test
    void noAssetsPutsTheClaimInThePassiveRegisterUntilTheComputedDateThenPostCollection() {
        ProcessInstance claim = claimUnderEnforcement();

        enforcementReports(claim, "enforcement-1", 0, EnforcementOutcomes.NO_ASSETS);
        driver.continueAsync(claim);

        assertThat(claim).isWaitingAt(PASSIVE_REGISTER);
        assertThat(driver.timerDueDate(claim)).isEqualTo(PASSIVE_REGISTRATION_ENDS_AT);
        driver.fireTimer(claim);
        assertThat(claim).isWaitingAt(POST_COLLECTION);
        assertThat(postCollection.variables(claim)).containsEntry(Variables.CLAIM_ID, CLAIM_ID);
        postCollection.finish(claim, Map.of());
        assertThat(claim).isEnded().hasPassed("EndEvent_PostCollectionEnded");
    }

    @Test
    void remittanceFoundDuringThePassiveRegistrationKeepsTheClaimThereUntilPaid() {
        ProcessInstance claim = claimUnderEnforcement();
        enforcementReports(claim, "enforcement-1", 0, EnforcementOutcomes.NO_ASSETS);
        driver.continueAsync(claim);

        enforcementReports(claim, "enforcement-1", 1, EnforcementOutcomes.PARTIAL_REMITTANCE);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(PASSIVE_REGISTER);
        assertThat(driver.timerDueDate(claim)).isEqualTo(PASSIVE_REGISTRATION_ENDS_AT);
        enforcementReports(claim, "enforcement-1", 2, EnforcementOutcomes.PAID_IN_FULL);
        driver.continueAsync(claim);

        assertThat(claim).isEnded().hasPassed("EndEvent_PaidFromPassiveRegister").hasNotPassed(POST_COLLECTION);
        assertThat(recordEnforcementOutcome.calls()).hasSize(3);
    }

    @Test
    void disputedSummonsGoesToTheOperatorWhoMayFileACorrectedOne() {
        ProcessInstance claim = claimWithSummonsFiled();

        courtDecides(claim, "summons-1", 0, CourtDecisions.DISPUTED);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(HANDLE_COURT_DECISION).task().hasCandidateGroup(Groups.OPERATORS);
        driver.completeUserTask(claim, Map.of(Variables.COURT_DECISION_HANDLING, CourtDecisionHandlings.REFILE));

        fileSummons(claim, "summons-2");
        courtDecides(claim, "summons-2", 0, CourtDecisions.DEFAULT_JUDGMENT);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(FILE_ENFORCEMENT);
    }

    @Test
    void dismissedSummonsReturnedToTheCreditorClosesTheClaim() {
        ProcessInstance claim = claimWithSummonsFiled();

        courtDecides(claim, "summons-1", 0, CourtDecisions.DISMISSED);
        driver.continueAsync(claim);
        driver.completeUserTask(claim,
                Map.of(Variables.COURT_DECISION_HANDLING, CourtDecisionHandlings.RETURN_TO_CREDITOR));
        driver.continueAsync(claim);

        assertThat(closeClaim.calls()).containsExactly(CloseReasons.RETURNED_TO_CREDITOR);
        assertThat(claim).isEnded().hasNotPassed(FILE_ENFORCEMENT);
    }

    @Test
    void aCourtSilentFor60DaysGetsAnOperatorToAskWhileTheDecisionIsStillAwaited() {
        ProcessInstance claim = claimWithSummonsFiled();

        assertThat(driver.timerDueDate(claim)).isEqualTo(Date.from(NOW.plus(Duration.ofDays(60))));
        driver.fireTimer(claim);
        assertThat(claim).isWaitingAt(WAIT_FOR_COURT, ASK_COURT);
        driver.completeUserTask(claim, Map.of());

        courtDecides(claim, "summons-1", 0, CourtDecisions.DEFAULT_JUDGMENT);
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(FILE_ENFORCEMENT).hasPassed("EndEvent_CourtAsked");
    }

    @Test
    void aRepeatedCourtDecisionMatchesNothing() {
        ProcessInstance claim = claimWithSummonsFiled();
        courtDecides(claim, "summons-1", 0, CourtDecisions.DISPUTED);

        assertThatThrownBy(() -> courtDecides(claim, "summons-1", 0, CourtDecisions.DISPUTED))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(claim).variables().containsEntry(Variables.COURT_DECISION_COUNT, 1);
    }

    @Test
    void aClaimReturningWithAJudgmentGoesStraightToEnforcement() {
        ProcessInstance claim = startAt(LegalCollectionSteps.ENFORCEMENT);
        driver.continueAsync(claim);

        assertThat(claim).isWaitingAt(FILE_ENFORCEMENT).hasNotPassed(APPROVE, FILE_SUMMONS);
    }

    @Test
    void aClaimReturningAfterItsPassiveRegistrationGoesStraightToPostCollection() {
        ProcessInstance claim = startAt(LegalCollectionSteps.POST_COLLECTION);
        driver.continueAsync(claim);

        assertThat(claim).isWaitingAt(POST_COLLECTION).hasNotPassed(APPROVE, FILE_SUMMONS, FILE_ENFORCEMENT);
    }

    private ProcessInstance startAt(String step) {
        Mocks.register(Delegates.FIND_LEGAL_COLLECTION_STEP,
                DelegateDouble.answering(Variables.LEGAL_COLLECTION_STEP, step));
        return driver.start(Processes.LEGAL_COLLECTION, CLAIM_ID,
                Map.of(Variables.CLAIM_ID, CLAIM_ID, Variables.PAYMENT_ABILITY_SCORE, 55));
    }

    private ProcessInstance claimWithSummonsFiled() {
        ProcessInstance claim = startAt(LegalCollectionSteps.SUMMONS);
        driver.continueAsync(claim);
        fileSummons(claim, "summons-1");
        return claim;
    }

    private ProcessInstance claimUnderEnforcement() {
        ProcessInstance claim = startAt(LegalCollectionSteps.ENFORCEMENT);
        driver.continueAsync(claim);
        fileEnforcement(claim, "enforcement-1");
        return claim;
    }

    private void fileSummons(ProcessInstance claim, String filingId) {
        assertThat(claim).isWaitingAt(FILE_SUMMONS);
        assertThat(outside.fileSummons(claim, filingId).getVariables()).containsEntry(Variables.CLAIM_ID, CLAIM_ID);
        assertThat(claim).isWaitingAt(WAIT_FOR_COURT);
    }

    private void fileEnforcement(ProcessInstance claim, String filingId) {
        assertThat(claim).isWaitingAt(FILE_ENFORCEMENT);
        outside.fileEnforcement(claim, filingId);
        assertThat(claim).isWaitingAt(WAIT_FOR_ENFORCEMENT);
    }

    private void courtDecides(ProcessInstance claim, String filingId, int seen, String decision) {
        outside.courtDecides(claim, filingId, seen, decision);
    }

    private void enforcementReports(ProcessInstance claim, String filingId, int seen, String outcome) {
        outside.enforcementReports(claim, filingId, seen, outcome);
    }
}
