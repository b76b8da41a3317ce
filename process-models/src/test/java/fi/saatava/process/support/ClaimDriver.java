package fi.saatava.process.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one claim's process through an in-memory engine the way the gateway, the job executor, the workers and the
 * operators would, one explicit step at a time.
 */
public final class ClaimDriver {

    private final ProcessEngine engine;
    private final Workers workers;

    public ClaimDriver(ProcessEngine engine) {
        this.engine = engine;
        this.workers = new Workers(engine.getExternalTaskService());
    }

    public ProcessInstance start(String processKey, String claimId, Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(processKey, claimId, variables);
    }

    /** Runs the one pending asynchronous continuation of the claim (as the job executor would). */
    public void continueAsync(ProcessInstance claim) {
        List<Job> jobs = engine.getManagementService().createJobQuery()
                .processInstanceId(claim.getId()).messages().list();
        assertThat(jobs).as("pending async continuations").hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());
    }

    /** The due date of the claim's one timer. */
    public Date timerDueDate(ProcessInstance claim) {
        return timer(claim).getDuedate();
    }

    /** Fires the claim's one timer (regardless of its due date: assert that separately). */
    public void fireTimer(ProcessInstance claim) {
        engine.getManagementService().executeJob(timer(claim).getId());
    }

    private Job timer(ProcessInstance claim) {
        List<Job> timers = engine.getManagementService().createJobQuery()
                .processInstanceId(claim.getId()).timers().list();
        assertThat(timers).as("timers").hasSize(1);
        return timers.get(0);
    }

    public LockedExternalTask fetch(ProcessInstance claim, String topic) {
        return workers.fetch(claim, topic);
    }

    public void complete(LockedExternalTask task, Map<String, Object> results) {
        workers.complete(task, results);
    }

    /** A double for the gateway's {@code prepareLetter} listener that sets a letter id derived from the type. */
    public static DelegateDouble letterPreparation() {
        return DelegateDouble.settingLocal(Variables.LETTER_TYPE, Variables.LETTER_ID, ClaimDriver::letterIdFor);
    }

    public static String letterIdFor(String letterType) {
        return "letter-" + letterType;
    }

    /**
     * Prepares the letter (its async continuation runs {@link #letterPreparation()}), then plays the letter worker,
     * which must see the letter type and the prepared letter id. Returns the task as the worker saw it.
     */
    public LockedExternalTask sendLetter(ProcessInstance instance, String letterTask, String letterType) {
        assertThat(instance).isWaitingAt(letterTask);
        continueAsync(instance);
        LockedExternalTask letter = fetch(instance, Topics.LETTER_SEND);
        assertThat(letter.getActivityId()).isEqualTo(letterTask);
        assertThat(letter.getVariables())
                .containsEntry(Variables.LETTER_TYPE, letterType)
                .containsEntry(Variables.LETTER_ID, letterIdFor(letterType));
        complete(letter, Map.of());
        return letter;
    }

    /** The claim's one open user task (in this process instance). */
    public Task userTask(ProcessInstance claim) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(claim.getId()).list();
        assertThat(tasks).as("open user tasks").hasSize(1);
        return tasks.get(0);
    }

    public void completeUserTask(ProcessInstance claim, Map<String, Object> variables) {
        engine.getTaskService().complete(userTask(claim).getId(), variables);
    }

    /** Correlates a message to the claim's process as the gateway does: by business key = claim id. */
    public void correlate(ProcessInstance claim, String message, Map<String, Object> variables) {
        engine.getRuntimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(claim.getBusinessKey())
                .setVariables(variables)
                .correlate();
    }

    /** Whether any work is left for the claim: jobs, external tasks, user tasks or running instances. */
    public boolean hasPendingWork(ProcessInstance claim) {
        String businessKey = claim.getBusinessKey();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0
                || engine.getExternalTaskService().createExternalTaskQuery().processInstanceId(claim.getId()).count() > 0
                || engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).count() > 0
                || engine.getManagementService().createJobQuery().processInstanceId(claim.getId()).count() > 0;
    }
}
