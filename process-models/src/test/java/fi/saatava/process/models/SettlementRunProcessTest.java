package fi.saatava.process.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.Processes;
import fi.saatava.process.ProcessContract.Settings;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.ClaimDriver;
import fi.saatava.process.support.DelegateDouble;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/settlement-run.bpmn")
class SettlementRunProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    static final String RUN_ID = "6f1c3a52-6c1e-4a43-9a53-0d7f1a7c2b10";

    ClaimDriver driver;
    List<Object> settled;
    List<Object> transfersWritten;

    /** The gateway's settlement schedule: a business setting, weekly on Monday at 03:00 by default. */
    public static final class Schedule {
        public String getCycle() {
            return "0 0 3 ? * MON";
        }
    }

    @BeforeEach
    void registerDoubles() {
        driver = new ClaimDriver(ENGINE.getProcessEngine());
        Mocks.register(Settings.SETTLEMENT_SCHEDULE, new Schedule());
        Mocks.register(Delegates.OPEN_SETTLEMENT_RUN, DelegateDouble.answering(Variables.SETTLEMENT_RUN_ID, RUN_ID));
        settled = new ArrayList<>();
        transfersWritten = new ArrayList<>();
        Mocks.register(Delegates.SETTLE_CREDITOR,
                (JavaDelegate) execution -> settled.add(execution.getVariable(Variables.CREDITOR_ID)));
        Mocks.register(Delegates.WRITE_SETTLEMENT_TRANSFERS,
                (JavaDelegate) execution -> transfersWritten.add(execution.getVariable(Variables.SETTLEMENT_RUN_ID)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void theRunStartsWeeklyAndSettlesEachCreditorInTurnBeforeOneTransferFile() {
        Mocks.register(Delegates.FIND_CREDITOR_TO_SETTLE,
                DelegateDouble.answering(Variables.CREDITOR_ID, "creditor-a", "creditor-b", null));
        Job cycle = timerStart();
        LocalDateTime due = LocalDateTime.ofInstant(cycle.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(due.toLocalTime()).hasToString("03:00");

        ProcessInstance run = start(cycle);
        for (int step = 0; step < 6; step++) { // open, find, settle a, find, settle b, find
            driver.continueAsync(run);
        }
        driver.continueAsync(run); // write the transfers

        assertThat(run).isEnded().hasPassed("EndEvent_Settled");
        assertThat(settled).containsExactly("creditor-a", "creditor-b");
        assertThat(transfersWritten).containsExactly(RUN_ID);
        assertThat(timerStart().getDuedate()).as("the next cycle is scheduled").isAfter(new Date());
    }

    @Test
    void aRunWithNothingToSettleGoesStraightToTheTransferStep() {
        Mocks.register(Delegates.FIND_CREDITOR_TO_SETTLE, DelegateDouble.answering(Variables.CREDITOR_ID,
                (Object) null));
        ProcessInstance run = start(timerStart());
        driver.continueAsync(run);
        driver.continueAsync(run);
        driver.continueAsync(run);

        assertThat(run).isEnded().hasNotPassed("Activity_SettleCreditor");
        assertThat(settled).isEmpty();
        assertThat(transfersWritten).containsExactly(RUN_ID);
    }

    private Job timerStart() {
        return management().createJobQuery().timers().processDefinitionKey(Processes.SETTLEMENT_RUN).singleResult();
    }

    private ProcessInstance start(Job cycle) {
        management().executeJob(cycle.getId());
        ProcessInstance run = ENGINE.getProcessEngine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(Processes.SETTLEMENT_RUN).singleResult();
        assertThat(run).isWaitingAt("Activity_OpenRun");
        return run;
    }

    private ManagementService management() {
        return ENGINE.getProcessEngine().getManagementService();
    }
}
