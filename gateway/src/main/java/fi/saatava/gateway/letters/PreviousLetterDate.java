package fi.saatava.gateway.letters;

import java.time.LocalDate;
import java.util.Optional;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.time.ClockConfiguration;
import org.springframework.stereotype.Service;

/**
 * The day the claim's previous letter was sent, which the next letter's earliest legal date counts from (spec
 * §3.3): the Finnish calendar day the claim's latest letter was dispatched, or, before any letter of ours, the day
 * the creditor sent its own reminder. Never a guess: a letter that was not reported dispatched is an error.
 */
@Service
public class PreviousLetterDate {

    private final LetterRepository letters;

    PreviousLetterDate(LetterRepository letters) {
        this.letters = letters;
    }

    public LocalDate of(Claim claim) {
        Optional<LetterSummary> latest = letters.latest(claim.id());
        if (latest.isPresent()) {
            LetterSummary letter = latest.get();
            if (letter.dispatchedAt() == null) {
                throw new IllegalStateException("The " + letter.type() + " letter " + letter.id() + " of claim "
                        + claim.id() + " was never reported dispatched, so the next letter's earliest date is "
                        + "unknown. Find out whether it was sent; once the letters worker has reported it "
                        + "(POST /api/internal/letters/" + letter.id() + "/dispatch), retry this job.");
            }
            return LocalDate.ofInstant(letter.dispatchedAt(), ClockConfiguration.FINLAND);
        }
        LocalDate creditorsReminder = claim.invoice().reminderSentOn();
        if (creditorsReminder == null) {
            throw new IllegalStateException("Claim " + claim.id() + " has no letter sent and its creditor sent no "
                    + "reminder: there is no date the next letter could count from.");
        }
        return creditorsReminder;
    }
}
