package fi.saatava.law.court;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.calendar.FinnishCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When a professional collector may take a claim to court (PerintäL 6 §, spec §3.3).
 *
 * <p>Consumer claims: not before the 5 § payment demand has been sent and its payment and objection deadline has
 * expired (6 § 1 mom); at once if the debtor disputed the claim, asked for legal collection under 4 c §, or rights
 * would otherwise be lost (6 § 2 mom). Other claims have no statutory precondition; this library still waits for the
 * deadline of the last letter, because suing while the debtor's time to pay runs would be an unnecessary cost (PerintäL
 * 4 § 2 mom; a derived rule, not in the spec). The first day after the deadline is moved to the next banking day, so a
 * payment made on the deadline has reached the client-funds account's statement (spec §16).
 */
public final class LegalCollectionRules {

    /**
     * @param today             the day of the decision; the answer is never earlier
     * @param lastDemandDeadline the payment and objection deadline printed in the last demand (for other claims: the last
     *                           reminder or demand), {@code null} if none was sent
     * @param exception         a ground of 6 § 2 mom, or {@code null}
     */
    public LegalCollectionTiming earliestStart(ClaimKind kind, LocalDate today, LocalDate lastDemandDeadline,
                                               LegalCollectionException exception) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(today, "today");
        if (exception != null) {
            return new LegalCollectionTiming(true, today, "At once: " + exception.description()
                    + (kind == ClaimKind.CONSUMER ? " (PerintäL 6 § 2 mom, spec §3.3)." : "."));
        }
        if (lastDemandDeadline == null) {
            return kind == ClaimKind.CONSUMER
                    ? new LegalCollectionTiming(false, null, "A consumer claim may go to court only after a payment "
                    + "demand was sent and its payment and objection deadline expired (PerintäL 6 § 1 mom, spec §3.3).")
                    : new LegalCollectionTiming(true, today, "At once: no statutory precondition for court on a claim "
                    + "other than a consumer claim, and no letter's deadline is running (PerintäL 6 § covers consumer "
                    + "claims).");
        }
        LocalDate afterDeadline = lastDemandDeadline.plusDays(1);
        LocalDate banking = FinnishCalendar.nextBankingDay(afterDeadline);
        LocalDate earliest = banking.isBefore(today) ? today : banking;
        String rule = kind == ClaimKind.CONSUMER
                ? "the demand's payment and objection deadline " + lastDemandDeadline + " has expired (PerintäL 6 § 1 "
                + "mom, spec §3.3)"
                : "the last letter's payment deadline " + lastDemandDeadline + " has expired (the debtor's time to pay "
                + "is not cut short: PerintäL 4 § 2 mom; a derived rule, not in the spec)";
        return new LegalCollectionTiming(true, earliest, "From " + earliest + ": " + rule
                + (banking.equals(afterDeadline) ? "" : "; the day after it moved to the next banking day " + banking
                + " (spec §16)") + (earliest.equals(banking) ? "." : "; that day has passed, so today."));
    }
}
