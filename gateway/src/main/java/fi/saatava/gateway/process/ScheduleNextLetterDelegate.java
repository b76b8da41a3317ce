package fi.saatava.gateway.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.letters.CollectionLetters;
import fi.saatava.gateway.letters.LetterType;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.schedule.LetterSchedule;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets {@code nextLetterAt}, the start (Finnish time) of the earliest day the next letter may legally be sent:
 * previous letter's send day + 15 days for consumer claims, moved to the next banking day (spec §3.3, §16), as
 * collection-law computes it. The following timer waits until then. Fails (and, after the retries, raises an
 * incident) rather than guess when the previous letter's send date is unknown.
 */
@Component(ProcessContract.Delegates.SCHEDULE_NEXT_LETTER)
class ScheduleNextLetterDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ScheduleNextLetterDelegate.class);

    private final ClaimRepository claims;
    private final CollectionLetters collectionLetters;
    private final LetterSchedule schedule;

    ScheduleNextLetterDelegate(ClaimRepository claims, CollectionLetters collectionLetters,
                               LetterSchedule schedule) {
        this.claims = claims;
        this.collectionLetters = collectionLetters;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LetterType next = LetterType.valueOf(
                ProcessVariables.requiredString(execution, ProcessContract.Variables.NEXT_LETTER_TYPE, true));
        UUID claimId = ProcessVariables.claimId(execution);
        Claim claim = claims.require(claimId);
        LocalDate previousSentOn = collectionLetters.previousSendDate(claim);
        LocalDate earliest = schedule.earliestNextLetter(claim.debtor().type().claimKind(), previousSentOn);
        execution.setVariable(ProcessContract.Variables.NEXT_LETTER_AT,
                Date.from(earliest.atStartOfDay(ClockConfiguration.FINLAND).toInstant()));
        log.info("Claim {}: previous letter sent {}, {} not before {}", claimId, previousSentOn, next, earliest);
    }
}
