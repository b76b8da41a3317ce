package fi.saatava.gateway.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.law.ClaimKind;
import fi.saatava.law.calendar.FinnishCalendar;
import fi.saatava.law.schedule.LetterSchedule;
import fi.saatava.law.schedule.LetterTiming;
import org.springframework.stereotype.Service;

/**
 * The day the claim's next reminder, demand or tratta goes out: the earliest day collection-law allows it (spec §3.3,
 * §2.2, §2.7), a banking day (spec §16), and never a day already past.
 */
@Service
public class NextLetterSchedule {

    private final CollectionLetters collectionLetters;
    private final LetterSchedule schedule;
    private final Clock clock;

    NextLetterSchedule(CollectionLetters collectionLetters, LetterSchedule schedule, Clock clock) {
        this.collectionLetters = collectionLetters;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * The latest of: collection-law's earliest send date for the letter given the claim's due date and the letters
     * already sent (a consumer reminder ≥ due date + 15 days, PerintäL 10 b § 1 mom; a later letter after the gap from
     * the previous one and after every printed deadline); the day after the deadline of the latest letter we sent,
     * which also covers an instalment reminder the law's schedule does not know (collection resuming after a lapsed
     * plan must not cut its deadline short, PerintäL 4 § 2 mom); and today's (Finnish time) next banking day, as a
     * letter cannot go out in the past.
     *
     * @throws IllegalStateException if the law does not allow the letter at all, or our latest letter was never
     *                               reported dispatched (its send date, which the law counts from, is unknown)
     */
    public SendDay sendDay(Claim claim, LetterType letter) {
        ClaimKind kind = claim.terms().claimKind();
        LetterTiming timing = schedule.earliestSendDate(kind, letter.scheduleType(), claim.invoice().dueDate(),
                collectionLetters.sentLetters(claim));
        if (!timing.allowed()) {
            throw new IllegalStateException("Claim " + claim.id() + " may not be sent a " + letter + ": "
                    + timing.explanation() + " Check the claim's letters and move its process on in Cockpit.");
        }
        SendDay lawful = new SendDay(timing.earliest(), timing.explanation());
        Optional<CollectionLetters.PreviousLetter> previous = collectionLetters.previousLetter(claim);
        if (previous.isPresent()) {
            CollectionLetters.PreviousLetter latest = previous.get();
            lawful = lawful.notBefore(afterPrevious(kind, latest), "after the latest letter, sent on "
                    + latest.sentOn() + (latest.paymentDeadline() == null ? ""
                    : " with the payment deadline " + latest.paymentDeadline()) + " (spec §3.3, §2.2).");
        }
        LocalDate firstSendingDay = FinnishCalendar.nextBankingDay(LocalDate.now(clock));
        return lawful.notBefore(firstSendingDay, "today's first banking day (spec §16).");
    }

    private LocalDate afterPrevious(ClaimKind kind, CollectionLetters.PreviousLetter previous) {
        return previous.paymentDeadline() == null
                ? schedule.earliestNextLetter(kind, previous.sentOn())
                : schedule.earliestNextLetter(kind, previous.sentOn(), previous.paymentDeadline());
    }

    /**
     * @param day         the banking day the letter goes out
     * @param explanation the rules that decided it
     */
    public record SendDay(LocalDate day, String explanation) {

        SendDay notBefore(LocalDate other, String reason) {
            return other.isAfter(day) ? new SendDay(other, explanation + " Sent on " + other + ": " + reason) : this;
        }
    }
}
