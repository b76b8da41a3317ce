package fi.saatava.process.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The steps consumer-collection and business-collection share (same element ids in both models): the credit
 * check, finding the next step, waiting for a computed letter date (the reminder's too), and waiting for legal
 * collection.
 */
public final class CollectionFlow {

    public static final String CHECK_CREDIT = "Activity_CheckCredit";
    public static final String FIND_NEXT_STEP = "Activity_FindNextStep";
    public static final String SCHEDULE_REMINDER = "Activity_ScheduleReminder";
    public static final String UNTIL_REMINDER_DATE = "Event_UntilReminderDate";
    public static final String SEND_REMINDER = "Activity_SendReminder";
    public static final String SCHEDULE_LEGAL_COLLECTION = "Activity_ScheduleLegalCollection";
    public static final String UNTIL_LEGAL_COLLECTION_DATE = "Event_UntilLegalCollectionDate";
    public static final String LEGAL_COLLECTION = "Activity_LegalCollection";

    private final ClaimDriver driver;

    public CollectionFlow(ClaimDriver driver) {
        this.driver = driver;
    }

    public static Map<String, Object> creditVerdict(String insolvencyStatus, int defaults, int score) {
        return Map.of(
                Variables.PAYMENT_DEFAULT_COUNT, defaults,
                Variables.PAYMENT_ABILITY_SCORE, score,
                Variables.INSOLVENCY_STATUS, insolvencyStatus);
    }

    /** Plays the credit-check worker. */
    public void completeCreditCheck(ProcessInstance claim, String insolvencyStatus, int defaults, int score) {
        assertThat(claim).isWaitingAt(CHECK_CREDIT);
        driver.complete(driver.fetch(claim, Topics.CREDIT_CHECK), creditVerdict(insolvencyStatus, defaults, score));
    }

    /** Runs the findNextCollectionStep delegate (an async continuation). */
    public void findNextStep(ProcessInstance claim) {
        assertThat(claim).isWaitingAt(FIND_NEXT_STEP);
        driver.continueAsync(claim);
    }

    /**
     * Runs the reminder's schedule delegate, checks its timer waits until exactly {@code reminderAt} and fires it: the
     * claim then waits to prepare the reminder.
     */
    public void waitForReminderDate(ProcessInstance claim, Date reminderAt) {
        assertThat(claim).isWaitingAt(SCHEDULE_REMINDER);
        waitUntil(claim, UNTIL_REMINDER_DATE, reminderAt);
        assertThat(claim).isWaitingAt(SEND_REMINDER);
    }

    /** Runs the schedule delegate, checks the timer waits until exactly its date, fires it and sends the letter. */
    public void waitForDateAndSend(ProcessInstance claim, String timer, Date dueDate, String letterTask, String letterType) {
        waitUntil(claim, timer, dueDate);
        driver.sendLetter(claim, letterTask, letterType);
    }

    /** Runs the pending schedule delegate, asserts the timer's due date and fires it. */
    public void waitUntil(ProcessInstance claim, String timer, Date dueDate) {
        driver.continueAsync(claim);
        assertThat(claim).isWaitingAt(timer);
        assertThat(driver.timerDueDate(claim)).isEqualTo(dueDate);
        driver.fireTimer(claim);
    }

    public void waitForLegalCollection(ProcessInstance claim, Date legalCollectionAt) {
        assertThat(claim).isWaitingAt(SCHEDULE_LEGAL_COLLECTION);
        waitUntil(claim, UNTIL_LEGAL_COLLECTION_DATE, legalCollectionAt);
        assertThat(claim).isWaitingAt(LEGAL_COLLECTION);
    }
}
