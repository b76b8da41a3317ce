package fi.saatava.gateway.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.letters.CollectionLetters;
import fi.saatava.gateway.letters.LetterType;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.ClaimKind;
import fi.saatava.law.schedule.LetterSchedule;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets {@code nextLetterAt}, the start (Finnish time) of the earliest day the next letter may legally be sent, as
 * collection-law computes it: previous letter's send day + 15 days for consumer claims (11 for others), not before
 * the day after the previous letter's payment deadline, moved to the next banking day (spec §3.3, §2.2, §16). The following timer waits until then. Fails (and, after the retries, raises an
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
        CollectionLetters.PreviousLetter previous = collectionLetters.previousLetter(claim);
        ClaimKind kind = claim.terms().claimKind();
        // Also after the previous letter's payment deadline when it is known (collection-law's conservative rule).
        LocalDate earliest = previous.paymentDeadline() == null
                ? schedule.earliestNextLetter(kind, previous.sentOn())
                : schedule.earliestNextLetter(kind, previous.sentOn(), previous.paymentDeadline());
        execution.setVariable(ProcessContract.Variables.NEXT_LETTER_AT,
                Date.from(earliest.atStartOfDay(ClockConfiguration.FINLAND).toInstant()));
        log.info("Claim {}: previous letter sent {} (deadline {}), {} not before {}", claimId, previous.sentOn(),
                previous.paymentDeadline(), next, earliest);
    }
}
