package fi.saatava.gateway.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.DebtorType;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.ClaimKind;
import fi.saatava.law.schedule.LetterSchedule;
import fi.saatava.law.schedule.TrattaPublicationWindow;
import fi.saatava.process.ProcessContract.CollectionSteps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Whether a business claim gets a tratta instead of a second demand, and when a sent tratta may be published (PerintäL
 * 7 §, spec §2.7). A tratta is lawful only for a claim other than a consumer claim against a business, never disputed,
 * after a reminder or demand whose payment deadline of at least 10 days has passed (7 § 1–3 mom); the agency's policy
 * {@code saatava.business-collection.use-tratta} (default false: a tratta puts a payment-default entry in the credit
 * register, so it is the creditor's choice) says whether it wants one at all.
 */
@Service
public class DraftDecision {

    private final LetterRepository letters;
    private final LetterSchedule schedule;
    private final Clock clock;
    private final boolean useTratta;

    DraftDecision(LetterRepository letters, LetterSchedule schedule, Clock clock,
                  @Value("${saatava.business-collection.use-tratta:false}") boolean useTratta) {
        this.letters = letters;
        this.schedule = schedule;
        this.clock = clock;
        this.useTratta = useTratta;
    }

    /** After the first demand: TRATTA when wanted and lawful, else SECOND_DEMAND (always for consumer claims). */
    public String afterFirstDemand(Claim claim) {
        if (!useTratta || claim.terms().claimKind() != ClaimKind.OTHER
                || claim.debtor().type() != DebtorType.BUSINESS) {
            return CollectionSteps.SECOND_DEMAND;
        }
        List<LetterSummary> all = letters.summaries(claim.id());
        if (LetterSummary.disputeAcknowledged(all)) {
            return CollectionSteps.SECOND_DEMAND;
        }
        boolean lawful = schedule.earliestSendDate(ClaimKind.OTHER, fi.saatava.law.schedule.LetterType.TRATTA,
                claim.invoice().dueDate(), CollectionLetters.sentLetters(claim, all)).allowed();
        return lawful ? CollectionSteps.TRATTA : CollectionSteps.SECOND_DEMAND;
    }

    /**
     * After the tratta was sent: its publication while the window is open, afterwards legal collection (a tratta may
     * be published no later than 60 days after it was sent, 7 § 6 mom). Publishing is idempotent at the bureau, so a
     * collection that resumes inside the window may ask for it again.
     */
    public String afterDraft(Claim claim) {
        LocalDate today = LocalDate.now(clock);
        return publicationWindow(claim)
                .filter(window -> !today.isAfter(window.latest()))
                .map(window -> CollectionSteps.DRAFT_PUBLICATION)
                .orElse(CollectionSteps.LEGAL_COLLECTION);
    }

    /** The publication window of the claim's dispatched tratta (14 to 60 days after its send day). */
    public Optional<TrattaPublicationWindow> publicationWindow(Claim claim) {
        return sentDraft(letters.summaries(claim.id()))
                .map(draft -> schedule.trattaPublicationWindow(sentOn(draft)));
    }

    static Optional<LetterSummary> sentDraft(List<LetterSummary> all) {
        return all.stream()
                .filter(letter -> letter.type() == LetterType.DRAFT && letter.dispatched() && !letter.voided())
                .max(Comparator.comparing(LetterSummary::createdAt));
    }

    static LocalDate sentOn(LetterSummary letter) {
        return LocalDate.ofInstant(letter.dispatchedAt(), ClockConfiguration.FINLAND);
    }
}
