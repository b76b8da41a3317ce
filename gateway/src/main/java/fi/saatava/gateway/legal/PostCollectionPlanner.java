package fi.saatava.gateway.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.law.calendar.FinnishCalendar;
import fi.saatava.law.limitation.LimitationStatus;
import fi.saatava.process.ProcessContract.EnforcementOutcomes;
import fi.saatava.process.ProcessContract.PostCollectionSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Decides post-collection's next step (jälkiperintä, spec §7, §9), whichever comes first: closing the claim the day
 * after its final limitation or the end of its enforcement title (VanhL 13 a §, UK 2:24–27); a limitation-interrupting
 * reminder well before the running period ends (VanhL 10 §, 13 §), unless the final day comes first, which no reminder
 * can move; a payment-ability check every policy period, never before a running passive registration ends (UK 3:102).
 * Letters and checks fall on banking days (spec §16).
 */
@Service
public class PostCollectionPlanner {

    private static final Logger log = LoggerFactory.getLogger(PostCollectionPlanner.class);

    private final ClaimLimitation limitation;
    private final LegalRecords records;
    private final Clock clock;
    private final Period abilityCheckInterval;
    private final Period reminderLead;

    PostCollectionPlanner(ClaimLimitation limitation, LegalRecords records, Clock clock,
                          @Value("${saatava.post-collection.ability-check-interval:P6M}") Period abilityCheckInterval,
                          @Value("${saatava.post-collection.limitation-reminder-lead:P6M}") Period reminderLead) {
        this.limitation = limitation;
        this.records = records;
        this.clock = clock;
        this.abilityCheckInterval = abilityCheckInterval;
        this.reminderLead = reminderLead;
    }

    /** Plans the claim's next step and records it under the scheduling task's activity instance. */
    public PostCollectionStepRecord planNext(Claim claim, String activityInstanceId) {
        LocalDate today = LocalDate.now(clock);
        LimitationStatus status = limitation.statusOn(claim, today);
        PostCollectionStepRecord next = status.collectable()
                ? candidates(claim, today, status).min(Comparator.comparing(PostCollectionStepRecord::dueOn))
                        .orElseThrow()
                : step(PostCollectionSteps.FINAL_LIMITATION, today, status.explanation());
        records.recordPostCollectionStep(claim.id(), next, activityInstanceId);
        log.info("Claim {}: post-collection {} on {}", claim.id(), next.step(), next.dueOn());
        return next;
    }

    /** In order of precedence when two fall on the same day (the stable minimum keeps the first). */
    private Stream<PostCollectionStepRecord> candidates(Claim claim, LocalDate today, LimitationStatus status) {
        Stream.Builder<PostCollectionStepRecord> steps = Stream.builder();
        if (status.finalDay() != null) {
            steps.add(step(PostCollectionSteps.FINAL_LIMITATION, status.finalDay().plusDays(1),
                    "The day after the final day " + status.finalDay() + ": " + status.explanation()));
        }
        LocalDate lastDay = status.lastDayToInterrupt();
        if (lastDay != null && (status.finalDay() == null || lastDay.isBefore(status.finalDay()))) {
            LocalDate remindOn = latest(today, lastDay.minus(reminderLead));
            steps.add(step(PostCollectionSteps.LIMITATION_REMINDER, FinnishCalendar.nextBankingDay(remindOn),
                    reminderLead + " before the last day to interrupt " + lastDay + " (VanhL 10 §): "
                            + status.explanation()));
        }
        LocalDate checkOn = latest(latest(today, passiveRegistrationEnd(claim).orElse(today)),
                lastAbilityCheck(claim).map(previous -> previous.plus(abilityCheckInterval)).orElse(today));
        steps.add(step(PostCollectionSteps.ABILITY_CHECK, FinnishCalendar.nextBankingDay(checkOn),
                "Payment-ability check every " + abilityCheckInterval + ", after any passive registration (UK 3:102)"));
        return steps.build();
    }

    private Optional<LocalDate> passiveRegistrationEnd(Claim claim) {
        List<EnforcementOutcomeRecord> outcomes = records.enforcementOutcomes(claim.id());
        return outcomes.stream()
                .filter(outcome -> EnforcementOutcomes.NO_ASSETS.equals(outcome.outcome()))
                .map(EnforcementOutcomeRecord::passiveRegistrationEndsOn)
                .max(Comparator.naturalOrder());
    }

    private Optional<LocalDate> lastAbilityCheck(Claim claim) {
        return records.postCollectionSteps(claim.id()).stream()
                .filter(step -> PostCollectionSteps.ABILITY_CHECK.equals(step.step()))
                .map(PostCollectionStepRecord::dueOn)
                .max(Comparator.naturalOrder());
    }

    private PostCollectionStepRecord step(String step, LocalDate dueOn, String explanation) {
        return new PostCollectionStepRecord(step, dueOn, explanation, clock.instant());
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
