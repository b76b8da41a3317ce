package fi.saatava.law.schedule;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.DeliveryChannel;
import fi.saatava.law.calendar.FinnishCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When letters may be sent and what payment deadline they must print (spec §3.3, §2.2, §16).
 */
public final class LetterSchedule {

    /** The printed payment period: ≥10 days from the latest delivery date (KKV 21.10.2024, spec §3.3). */
    static final int PAYMENT_PERIOD_DAYS = 10;

    private final DeliveryTerms deliveryTerms;

    /** With the default delivery terms (letter +7 days, e-mail same day). */
    public LetterSchedule() {
        this(DeliveryTerms.DEFAULT);
    }

    public LetterSchedule(DeliveryTerms deliveryTerms) {
        this.deliveryTerms = Objects.requireNonNull(deliveryTerms, "deliveryTerms");
    }

    /**
     * The earliest day the next fee-bearing reminder or demand may be sent after the previous one: previous + 15 days
     * for consumer claims (PerintäL 5 § 1 mom and 10 b § 2 mom, strict counting per KKV 21.10.2024, spec §3.3),
     * previous + 11 days for other claims (10 f §, strict counting as recommended in spec §2.2, UNCONFIRMED), then
     * moved to the next banking day (spec §16).
     */
    public LocalDate earliestNextLetter(ClaimKind kind, LocalDate previousLetterSentOn) {
        return FinnishCalendar.nextBankingDay(previousLetterSentOn.plusDays(kind.daysFromPreviousLetter()));
    }

    /** The day the debtor has the letter at the latest under the channel's terms (spec §16). */
    public LocalDate latestDeliveryDate(LocalDate sendDate, DeliveryChannel channel) {
        return sendDate.plusDays(deliveryTerms.daysFor(channel));
    }

    /**
     * The payment and objection deadline to print in a letter sent on {@code sendDate}: the latest delivery date + 10
     * days (KKV 21.10.2024, spec §3.3), moved to the next banking day when it lands on a weekend, holiday or eve
     * (150/1930 5 §, spec §16). Applied to every claim kind, which errs on the debtor's side for other claims.
     */
    public LocalDate paymentDueDate(LocalDate sendDate, DeliveryChannel channel) {
        return FinnishCalendar.statutoryDeadline(latestDeliveryDate(sendDate, channel).plusDays(PAYMENT_PERIOD_DAYS));
    }
}
