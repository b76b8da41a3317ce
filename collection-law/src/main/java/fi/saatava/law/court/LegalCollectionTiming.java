package fi.saatava.law.court;

import java.time.LocalDate;

/**
 * When legal collection (a court summons) may start.
 *
 * @param allowed     whether it may start at all on what is known
 * @param earliest    the earliest day; {@code null} when not allowed
 * @param explanation the rule that decided it, citing the statute and the spec section
 */
public record LegalCollectionTiming(boolean allowed, LocalDate earliest, String explanation) {
}
