package fi.saatava.process.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.saatava.process.ProcessContract.CloseReasons;
import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.Groups;
import fi.saatava.process.ProcessContract.InsolvencyOutcomes;
import fi.saatava.process.ProcessContract.InsolvencyStatuses;
import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.process.ProcessContract.Processes;
import fi.saatava.process.ProcessContract.ProgrammeDecisions;
import fi.saatava.process.ProcessContract.ProgrammeResults;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.ClaimDriver;
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
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = "bpmn/insolvency.bpmn")
class InsolvencyProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final String LODGE_CLAIM = "Activity_LodgeClaim";
    static final String RECORD_OUTCOME = "Activity_RecordOutcome";
    static final String RECORD_PROGRAMME_DECISION = "Activity_RecordProgrammeDecision";
    static final String UNTIL_PROGRAMME_ENDS = "Event_UntilProgrammeEnds";
    static final String RECORD_PROGRAMME_RESULT = "Activity_RecordProgrammeResult";
    static final String SETTLED = "EndEvent_Settled";
    static final String COLLECTION_RESUMES = "EndEvent_CollectionResumes";

    static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    static final Date PROGRAMME_ENDS_AT = Date.from(Instant.parse("2028-09-01T06:00:00Z"));

    ClaimDriver driver;
    DelegateDouble freezeCollection;
    DelegateDouble liftCollectionFreeze;
    DelegateDouble prepareLetter;
    DelegateDouble closeClaim;

    @BeforeEach
    void registerDoubles() {
        driver = new ClaimDriver(ENGINE.getProcessEngine());
        freezeCollection = DelegateDouble.recording(null);
        liftCollectionFreeze = DelegateDouble.recording(null);
        prepareLetter = ClaimDriver.letterPreparation();
        closeClaim = DelegateDouble.recording(Variables.CLOSE_REASON);
        Mocks.register(Delegates.FREEZE_COLLECTION, freezeCollection);
        Mocks.register(Delegates.LIFT_COLLECTION_FREEZE, liftCollectionFreeze);
        Mocks.register(Delegates.PREPARE_LETTER, prepareLetter);
        Mocks.register(Delegates.CANCEL_UNSENT_LETTER, DelegateDouble.recording(Variables.LETTER_TYPE));
        Mocks.register(Delegates.CLOSE_CLAIM, closeClaim);
        Mocks.register(Delegates.RECORD_PAYMENT_PROGRAMME,
                DelegateDouble.setting(null, Variables.PROGRAMME_ENDS_AT, in -> PROGRAMME_ENDS_AT));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void bankruptcyFreezesCollectionLodgesTheClaimAndClosesItWhenNothingIsLeft() {
        ProcessInstance claim = frozenAndLodged(InsolvencyStatuses.BANKRUPTCY);

        assertThat(claim).isWaitingAt(RECORD_OUTCOME).task().hasCandidateGroup(Groups.OPERATORS);
        driver.completeUserTask(claim, Map.of(Variables.INSOLVENCY_OUTCOME, InsolvencyOutcomes.CLOSED));
        driver.continueAsync(claim);

        assertThat(closeClaim.calls()).containsExactly(CloseReasons.SETTLED_IN_INSOLVENCY);
        assertThat(claim).isEnded().hasPassed(SETTLED);
        assertThat(prepareLetter.calls()).isEmpty();
    }

    @Test
    void bankruptcyOfANaturalPersonLeavesTheRestToCollect() {
        ProcessInstance claim = frozenAndLodged(InsolvencyStatuses.BANKRUPTCY);

        driver.completeUserTask(claim, Map.of(Variables.INSOLVENCY_OUTCOME, InsolvencyOutcomes.RESUME_COLLECTION));
        driver.continueAsync(claim);

        assertThat(liftCollectionFreeze.calls()).hasSize(1);
        assertThat(claim).isEnded().hasPassed(COLLECTION_RESUMES);
        assertThat(closeClaim.calls()).isEmpty();
    }

    @Test
    void deceasedDebtorsEstateGetsADemandBeforeTheClaimIsLodged() {
        ProcessInstance claim = start(InsolvencyStatuses.DECEASED_ESTATE);
        driver.continueAsync(claim);

        driver.sendLetter(claim, "Activity_SendEstateDemand", LetterTypes.ESTATE_DEMAND);
        lodge(claim);

        assertThat(claim).isWaitingAt(RECORD_OUTCOME);
        assertThat(prepareLetter.calls()).containsExactly(LetterTypes.ESTATE_DEMAND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {InsolvencyStatuses.DEBT_ADJUSTMENT, InsolvencyStatuses.RESTRUCTURING})
    void confirmedProgrammeKeptToTheEndSettlesTheClaimOnItsEndDate(String procedure) {
        ProcessInstance claim = frozenAndLodged(procedure);

        assertThat(claim).isWaitingAt(RECORD_PROGRAMME_DECISION).task().hasCandidateGroup(Groups.OPERATORS);
        driver.completeUserTask(claim, Map.of(Variables.PROGRAMME_DECISION, ProgrammeDecisions.CONFIRMED,
                Variables.PROGRAMME_END_DATE, "2028-08-31"));
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(UNTIL_PROGRAMME_ENDS);
        assertThat(driver.timerDueDate(claim)).isEqualTo(PROGRAMME_ENDS_AT);
        driver.fireTimer(claim);
        driver.completeUserTask(claim, Map.of(Variables.PROGRAMME_RESULT, ProgrammeResults.COMPLETED));
        driver.continueAsync(claim);

        assertThat(claim).isEnded().hasPassed(SETTLED).hasNotPassed(RECORD_OUTCOME);
        assertThat(closeClaim.calls()).containsExactly(CloseReasons.SETTLED_IN_INSOLVENCY);
    }

    @Test
    void lapsedProgrammeLetsCollectionResume() {
        ProcessInstance claim = frozenAndLodged(InsolvencyStatuses.DEBT_ADJUSTMENT);
        driver.completeUserTask(claim, Map.of(Variables.PROGRAMME_DECISION, ProgrammeDecisions.CONFIRMED,
                Variables.PROGRAMME_END_DATE, "2028-08-31"));
        driver.continueAsync(claim);
        driver.fireTimer(claim);

        driver.completeUserTask(claim, Map.of(Variables.PROGRAMME_RESULT, ProgrammeResults.LAPSED));
        driver.continueAsync(claim);

        assertThat(claim).isEnded().hasPassed(RECORD_PROGRAMME_RESULT, COLLECTION_RESUMES);
    }

    @Test
    void rejectedApplicationLetsCollectionResumeAtOnce() {
        ProcessInstance claim = frozenAndLodged(InsolvencyStatuses.RESTRUCTURING);

        driver.completeUserTask(claim, Map.of(Variables.PROGRAMME_DECISION, ProgrammeDecisions.REJECTED));
        driver.continueAsync(claim);

        assertThat(claim).isEnded().hasPassed(COLLECTION_RESUMES).hasNotPassed(UNTIL_PROGRAMME_ENDS);
        assertThat(liftCollectionFreeze.calls()).hasSize(1);
    }

    private ProcessInstance start(String procedure) {
        return driver.start(Processes.INSOLVENCY, CLAIM_ID,
                Map.of(Variables.CLAIM_ID, CLAIM_ID, Variables.INSOLVENCY_STATUS, procedure));
    }

    private ProcessInstance frozenAndLodged(String procedure) {
        ProcessInstance claim = start(procedure);
        driver.continueAsync(claim);
        assertThat(freezeCollection.calls()).hasSize(1);
        lodge(claim);
        return claim;
    }

    /** Plays the insolvency worker: it lodges the claim with the procedure it was called for. */
    private void lodge(ProcessInstance claim) {
        assertThat(claim).isWaitingAt(LODGE_CLAIM);
        driver.continueAsync(claim);
        LockedExternalTask lodging = driver.fetch(claim, Topics.INSOLVENCY_CLAIM_LODGE);
        assertThat(lodging.getVariables()).containsKeys(Variables.CLAIM_ID, Variables.INSOLVENCY_STATUS);
        driver.complete(lodging, Map.of());
    }
}
