package fi.saatava.law.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A letter already sent on the claim, by the collector or (for a reminder) by the creditor.
 *
 * @param type            the letter
 * @param sentOn          the sending day
 * @param paymentDeadline the payment deadline it gave, or {@code null} if none is known
 */
public record SentLetter(LetterType type, LocalDate sentOn, LocalDate paymentDeadline) {

    public SentLetter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sentOn, "sentOn");
    }
}
