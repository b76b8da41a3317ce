package fi.saatava.gateway.process;

import java.util.UUID;

import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.letters.LetterType;
import fi.saatava.gateway.letters.NextLetterSchedule;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets {@code nextLetterAt}, the start (Finnish time) of the day the next reminder, demand or tratta goes out, as
 * {@link NextLetterSchedule} decides it with collection-law: a consumer reminder no earlier than due date + 15 days
 * (PerintäL 10 b § 1 mom, spec §3.3), a later letter after the legal gap and the previous letter's deadline (spec
 * §3.3, §2.2), always a banking day (spec §16) and never before today. The following timer waits until then. Fails
 * (and, after the retries, raises an incident) rather than guess when the law does not allow the letter or the
 * previous letter's send date is unknown.
 */
@Component(ProcessContract.Delegates.SCHEDULE_NEXT_LETTER)
class ScheduleNextLetterDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ScheduleNextLetterDelegate.class);

    private final ClaimRepository claims;
    private final NextLetterSchedule nextLetters;

    ScheduleNextLetterDelegate(ClaimRepository claims, NextLetterSchedule nextLetters) {
        this.claims = claims;
        this.nextLetters = nextLetters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LetterType next = LetterType.valueOf(
                ProcessVariables.requiredString(execution, ProcessContract.Variables.NEXT_LETTER_TYPE, true));
        UUID claimId = ProcessVariables.claimId(execution);
        NextLetterSchedule.SendDay sendDay = nextLetters.sendDay(claims.require(claimId), next);
        execution.setVariable(ProcessContract.Variables.NEXT_LETTER_AT, ProcessVariables.startOfDay(sendDay.day()));
        log.info("Claim {}: {} on {}. {}", claimId, next, sendDay.day(), sendDay.explanation());
    }
}
