package fi.saatava.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.process.ProcessContract;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Plays the workers and the job executor against the real engine: the job executor is off in tests, so each
 * asynchronous continuation runs when the test says so.
 */
public class ProcessDriver {

    public static final String WORKER = "test-worker";
    /** The timer that holds the reminder until its send day (consumer- and business-collection). */
    public static final String REMINDER_TIMER = "Event_UntilReminderDate";

    private final GatewayHttp http;
    private final LetterApi letters;
    private final RuntimeService runtimeService;
    private final ExternalTaskService externalTaskService;
    private final ManagementService managementService;

    ProcessDriver(GatewayHttp http, LetterApi letters, RuntimeService runtimeService,
                  ExternalTaskService externalTaskService, ManagementService managementService) {
        this.http = http;
        this.letters = letters;
        this.runtimeService = runtimeService;
        this.externalTaskService = externalTaskService;
        this.managementService = managementService;
    }

    /** Submits the claim through the API; returns its id. */
    public String submit(String claimJson) {
        GatewayHttp.Answer created = http.postClaim(claimJson);
        assertThat(created.status()).isEqualTo(HttpStatus.CREATED);
        return created.body().get("id").asText();
    }

    /** The claim's root process instance (called processes share its business key). */
    public String processInstanceId(String claimId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimId).rootProcessInstances()
                .singleResult().getId();
    }

    public LockedExternalTask lock(String topic, String claimId) {
        List<LockedExternalTask> tasks = externalTaskService.fetchAndLock(1, WORKER)
                .topic(topic, 60_000L)
                .businessKey(claimId)
                .execute();
        assertThat(tasks).as("a %s task of claim %s", topic, claimId).hasSize(1);
        return tasks.get(0);
    }

    /** What the credit-check worker does for a debtor with a clean record. */
    public void completeCreditCheck(String claimId) {
        LockedExternalTask task = lock(ProcessContract.Topics.CREDIT_CHECK, claimId);
        externalTaskService.complete(task.getId(), WORKER, Map.of(
                ProcessContract.Variables.PAYMENT_DEFAULT_COUNT, 0,
                ProcessContract.Variables.PAYMENT_ABILITY_SCORE, 80,
                ProcessContract.Variables.INSOLVENCY_STATUS, ProcessContract.InsolvencyStatuses.NONE));
    }

    /** Submits a consumer claim and runs its process to the reminder's letter-send task, which it locks. */
    public LockedExternalTask reminderTask() {
        return reminderTask(ClaimJson.validConsumerClaim().toString());
    }

    /**
     * Submits the claim, clears its credit check and runs its process through the reminder's wait (see
     * {@link #passReminderWait}) to the reminder's task, which it locks.
     */
    public LockedExternalTask reminderTask(String claimJson) {
        String claimId = submit(claimJson);
        completeCreditCheck(claimId);
        runContinuations(claimId);
        passReminderWait(claimId);
        return lock(ProcessContract.Topics.LETTER_SEND, claimId);
    }

    /**
     * Fires the claim's waiting reminder timer, whatever its due date (a test that cares asserts it first), and runs
     * the process on to the reminder's letter-send task, as the job executor would on the reminder's send day.
     */
    public void passReminderWait(String claimId) {
        Job reminderTimer = timer(claimId, REMINDER_TIMER);
        assertThat(reminderTimer).as("the reminder timer of claim %s", claimId).isNotNull();
        managementService.executeJob(reminderTimer.getId());
        runContinuations(claimId);
    }

    public static String letterId(LockedExternalTask letterTask) {
        return (String) letterTask.getVariables().get(ProcessContract.Variables.LETTER_ID);
    }

    public GatewayHttp.Answer creditCheckSubject(String claimId) {
        return http.getAsAdmin("/api/internal/claims/" + claimId + "/credit-check-subject");
    }

    public void complete(LockedExternalTask task) {
        externalTaskService.complete(task.getId(), WORKER);
    }

    /**
     * Runs the claim's asynchronous continuations (not timers) until the process waits for a worker, a timer or a
     * person, as the job executor would.
     */
    public void runContinuations(String claimId) {
        for (Job job = continuation(claimId); job != null; job = continuation(claimId)) {
            managementService.executeJob(job.getId());
        }
    }

    /** Runs exactly the next asynchronous continuation, for tests that stop the process at a given step. */
    public void executeContinuationOnce(String claimId) {
        Job job = continuation(claimId);
        assertThat(job).as("an asynchronous continuation of claim %s", claimId).isNotNull();
        managementService.executeJob(job.getId());
    }

    /** The claim's pending asynchronous continuation; {@code null} if there is none or the process ended. */
    public Job continuation(String claimId) {
        ProcessInstance process = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimId)
                .rootProcessInstances().singleResult();
        return process == null ? null : managementService.createJobQuery().rootProcessInstanceId(process.getId())
                .messages().withRetriesLeft().list().stream().findFirst().orElse(null);
    }

    /** The claim's one waiting timer, in its root process or a called one. */
    public Job timer(String claimId) {
        return managementService.createJobQuery().rootProcessInstanceId(processInstanceId(claimId)).timers()
                .singleResult();
    }

    /** The claim's timer of the given activity (e.g. a boundary event), in its root process or a called one. */
    public Job timer(String claimId, String activityId) {
        return managementService.createJobQuery().rootProcessInstanceId(processInstanceId(claimId)).timers()
                .activityId(activityId).singleResult();
    }

    /**
     * What the letters worker does with the claim's next letter: locks the task, uploads a PDF, reports the dispatch
     * at {@code dispatchedAt} and completes the task.
     *
     * @return the letter's snapshot
     */
    public JsonNode sendLetter(String claimId, OffsetDateTime dispatchedAt) {
        LockedExternalTask task = lock(ProcessContract.Topics.LETTER_SEND, claimId);
        String letterId = letterId(task);
        assertThat(letters.uploadDocument(letterId, pdf(), MediaType.APPLICATION_PDF).status())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(letters.dispatch(letterId, "PRINT", dispatchedAt.toString()).status()).isEqualTo(HttpStatus.OK);
        complete(task);
        return letters.snapshot(letterId).body();
    }

    /** A small but real PDF, as the letters worker would upload. */
    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
