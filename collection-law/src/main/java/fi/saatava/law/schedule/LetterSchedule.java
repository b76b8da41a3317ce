package fi.saatava.law.schedule;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.DeliveryChannel;
import fi.saatava.law.calendar.FinnishCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * As {@link #earliestNextLetter(ClaimKind, LocalDate)}, and also not before the day after the payment deadline the
     * previous letter printed (this library's conservative rule, see {@link #earliestSendDate}). Prefer this overload
     * whenever the previous deadline is known.
     */
    public LocalDate earliestNextLetter(ClaimKind kind, LocalDate previousLetterSentOn, LocalDate previousPaymentDeadline) {
        LocalDate afterGap = previousLetterSentOn.plusDays(kind.daysFromPreviousLetter());
        LocalDate afterDeadline = previousPaymentDeadline.plusDays(1);
        return FinnishCalendar.nextBankingDay(afterDeadline.isAfter(afterGap) ? afterDeadline : afterGap);
    }

    /**
     * The earliest day a letter of {@code type} may be sent, given the claim's due date and the letters already sent
     * (spec §3.3 for consumer claims, §2.2 and §2.7 for other claims), moved to the next banking day (spec §16).
     *
     * <p>Consumer: reminder ≥ due date + 15 (10 b § 1 mom); first demand only after a reminder, ≥ reminder + 15
     * (5 § 1 mom); every letter ≥ previous letter + 15 (10 b § 2 mom); never a tratta (7 § 2 mom). Other claims:
     * any letter once overdue (no statutory wait before the first), ≥ previous letter + 11 (10 f §); a tratta only after
     * a reminder or demand whose payment deadline of ≥ 10 days has passed (7 § 3 mom). A second demand needs a first.
     *
     * <p>For every claim kind, no letter goes out before the payment deadline printed in an earlier letter has passed:
     * a demand that cuts short the time just given would be an unnecessary cost (PerintäL 4 § 2 mom). The spec does not
     * state this rule; it is this library's conservative choice, and it matches the tratta rule of 7 § 3 mom.
     */
    public LetterTiming earliestSendDate(ClaimKind kind, LetterType type, LocalDate dueDate, List<SentLetter> history) {
        Optional<String> refusal = refusal(kind, type, history);
        if (refusal.isPresent()) {
            return LetterTiming.notAllowed(refusal.get());
        }
        LocalDate earliest = dueDate.plusDays(kind == ClaimKind.CONSUMER && type == LetterType.REMINDER ? 15 : 1);
        String rule = kind == ClaimKind.CONSUMER && type == LetterType.REMINDER
                ? "14 full days after the due date " + dueDate + " (PerintäL 10 b § 1 mom, KKV 21.10.2024, spec §3.3)"
                : "the day after the due date " + dueDate + " (the claim must be overdue, PerintäL 1 §)";
        Optional<SentLetter> previous = history.stream().max(Comparator.comparing(SentLetter::sentOn));
        if (previous.isPresent()) {
            LocalDate afterPrevious = previous.get().sentOn().plusDays(kind.daysFromPreviousLetter());
            if (afterPrevious.isAfter(earliest)) {
                earliest = afterPrevious;
                rule = previous.get().type() + " sent on " + previous.get().sentOn() + " + " + kind.daysFromPreviousLetter()
                        + " days (" + (kind == ClaimKind.CONSUMER
                        ? "≥14 full days between letters, PerintäL 10 b § 2 mom, KKV 21.10.2024, spec §3.3"
                        : "≥10 days between letters counted strictly, PerintäL 10 f §, spec §2.2 (UNCONFIRMED)") + ")";
            }
        }
        Optional<LocalDate> lastDeadline = history.stream().map(SentLetter::paymentDeadline).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        if (lastDeadline.isPresent() && !lastDeadline.get().isBefore(earliest)) {
            earliest = lastDeadline.get().plusDays(1);
            rule = "the day after the payment deadline " + lastDeadline.get() + " of an earlier letter (" + (type
                    == LetterType.TRATTA ? "PerintäL 7 § 3 mom, spec §2.7" : "the debtor's time to pay is not cut short: "
                    + "good collection practice, PerintäL 4 §; a derived rule, not in the spec") + ")";
        }
        LocalDate sendDay = FinnishCalendar.nextBankingDay(earliest);
        return new LetterTiming(true, sendDay, "Earliest " + earliest + ": " + rule
                + (sendDay.equals(earliest) ? "." : "; moved to the next banking day " + sendDay + " (spec §16)."));
    }

    /** When the tratta sent on {@code trattaSentOn} may be published or registered (PerintäL 7 § 6 mom, spec §2.7). */
    public TrattaPublicationWindow trattaPublicationWindow(LocalDate trattaSentOn) {
        return TrattaPublicationWindow.after(trattaSentOn);
    }

    private static Optional<String> refusal(ClaimKind kind, LetterType type, List<SentLetter> history) {
        boolean consumer = kind == ClaimKind.CONSUMER;
        if (type == LetterType.FIRST_DEMAND && consumer && !sent(history, LetterType.REMINDER)) {
            return Optional.of("A consumer demand may be sent only after a reminder (PerintäL 5 § 1 mom, spec §3.3).");
        }
        if (type == LetterType.SECOND_DEMAND && !sent(history, LetterType.FIRST_DEMAND)) {
            return Optional.of("A second demand needs a first demand.");
        }
        if (type == LetterType.TRATTA && consumer) {
            return Optional.of("A tratta may never be used for a consumer claim (PerintäL 7 § 2 mom, spec §2.7).");
        }
        if (type == LetterType.TRATTA && !hasQualifyingReminder(history)) {
            return Optional.of("A tratta needs an earlier written reminder with a payment deadline of at least 10 days "
                    + "(PerintäL 7 § 3 mom, spec §2.7).");
        }
        return Optional.empty();
    }

    /** Whether a reminder or demand gave a payment deadline of ≥10 days (PerintäL 7 § 3 mom). */
    private static boolean hasQualifyingReminder(List<SentLetter> history) {
        return history.stream().anyMatch(letter -> letter.type() != LetterType.TRATTA && letter.paymentDeadline() != null
                && !letter.paymentDeadline().isBefore(letter.sentOn().plusDays(10)));
    }

    private static boolean sent(List<SentLetter> history, LetterType type) {
        return history.stream().anyMatch(letter -> letter.type() == type);
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
