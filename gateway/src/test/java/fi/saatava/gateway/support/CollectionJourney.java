package fi.saatava.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.time.ClockConfiguration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.http.HttpStatus;

/**
 * Takes a claim through voluntary collection as the workers and the job executor would, with the clock moved to each
 * timer's due date: every letter goes out at 10:00 on the day it was prepared.
 */
public class CollectionJourney {

    private static final ZoneId FINLAND = ClockConfiguration.FINLAND;
    private static final LocalTime SENDING_TIME = LocalTime.of(10, 0);

    private final ProcessDriver driver;
    private final AdjustableClock clock;
    private final ManagementService managementService;
    private final GatewayHttp http;
    private final ClaimRepository claims;

    CollectionJourney(ProcessDriver driver, AdjustableClock clock, ManagementService managementService,
                      GatewayHttp http, ClaimRepository claims) {
        this.driver = driver;
        this.clock = clock;
        this.managementService = managementService;
        this.http = http;
        this.claims = claims;
    }

    /** Submits {@link ClaimJson#validConsumerClaim()} as the creditor, now; returns the stored claim. */
    public Claim submitConsumerClaim(TestCreditors.TestCreditor creditor) {
        GatewayHttp.Answer created = http.postClaim(creditor.apiKey(), ClaimJson.validConsumerClaim().toString());
        assertThat(created.status()).as("%s", created.body()).isEqualTo(HttpStatus.CREATED);
        return claims.require(UUID.fromString(created.body().get("id").asText()));
    }

    /** Stands on {@code day} at 10:00 Finnish time. */
    public void standOn(LocalDate day) {
        standOn(day, SENDING_TIME);
    }

    /** Stands on {@code day} at {@code time}, Finnish time. */
    public void standOn(LocalDate day, LocalTime time) {
        clock.fixAt(day.atTime(time).atZone(FINLAND).toInstant());
    }

    /**
     * Submits a consumer claim on {@code day} with a clean credit record, sends the reminder on its send day (that day
     * for a claim long overdue, submitted on a banking day) and the first and second demand on their earliest legal
     * days; the process then waits for the day legal collection may start.
     *
     * @return the claim's id
     */
    public String toLegalCollectionTimer(String claimJson, LocalDate day) {
        standOn(day);
        String claimId = driver.submit(claimJson);
        sendReminderNow(claimId);
        for (int demand = 1; demand <= 2; demand++) {
            driver.runContinuations(claimId);
            fireTimer(claimId, driver.timer(claimId));
            sendLetterNow(claimId);
        }
        driver.runContinuations(claimId);
        return claimId;
    }

    /** Moves the clock to the timer's due date (10:00 that day, as a letter would go) and fires it. */
    public void fireTimer(String claimId, Job timer) {
        assertThat(timer).as("a timer of claim %s", claimId).isNotNull();
        standOn(LocalDate.ofInstant(timer.getDuedate().toInstant(), FINLAND));
        managementService.executeJob(timer.getId());
        driver.runContinuations(claimId);
    }

    /**
     * A submitted claim's clean credit check and its reminder, dispatched on the day its timer waits for (today for a
     * claim long overdue, submitted on a banking day; otherwise the clock moves there); the process then waits for the
     * first demand's earliest day.
     */
    public void sendReminderNow(String claimId) {
        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId);
        fireTimer(claimId, driver.timer(claimId, ProcessDriver.REMINDER_TIMER));
        sendLetterNow(claimId);
        driver.runContinuations(claimId);
    }

    /** The claim's next letter, dispatched now. */
    public void sendLetterNow(String claimId) {
        driver.sendLetter(claimId, now());
    }

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), FINLAND);
    }
}
