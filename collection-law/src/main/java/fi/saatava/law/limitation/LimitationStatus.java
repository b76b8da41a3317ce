package fi.saatava.law.limitation;

import java.time.LocalDate;

/**
 * Whether a claim may still be collected on a day, and why (PerintäL 4 § 3 mom: a time-barred claim must not be
 * collected).
 *
 * @param collectable        whether collection is allowed on the queried day
 * @param lastDayToInterrupt the last day of the running 3- or 5-year period (time-barred from the next day unless
 *                           interrupted); {@code null} while a legal procedure suspends limitation
 * @param finalDay           the last day before final limitation (VanhL 13 a §) or the end of the enforcement title
 *                           (UK 2:24, 2:27), which no interruption moves; {@code null} if neither applies
 * @param explanation        the chain of periods and events, citing the sections
 */
public record LimitationStatus(boolean collectable, LocalDate lastDayToInterrupt, LocalDate finalDay,
                               String explanation) {
}
