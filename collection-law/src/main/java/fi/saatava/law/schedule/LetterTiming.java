package fi.saatava.law.schedule;

import java.time.LocalDate;

/**
 * When a letter may be sent.
 *
 * @param allowed     whether the letter may be sent at all
 * @param earliest    the earliest sending day, a banking day; {@code null} when not allowed
 * @param explanation the rule that decided it, citing the statute and the spec section
 */
public record LetterTiming(boolean allowed, LocalDate earliest, String explanation) {

    static LetterTiming notAllowed(String explanation) {
        return new LetterTiming(false, null, explanation);
    }
}
