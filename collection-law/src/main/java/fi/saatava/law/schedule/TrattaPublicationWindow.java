package fi.saatava.law.schedule;

import java.time.LocalDate;

/**
 * When a tratta may be published or reported to a credit register: no earlier than 14 and no later than 60 days
 * after it was sent, unless otherwise agreed in writing (PerintäL 7 § 6 mom, LTL 24 § 1 mom 7 k; spec §2.7, §17).
 *
 * @param earliest tratta + 14 days
 * @param latest   tratta + 60 days
 */
public record TrattaPublicationWindow(LocalDate earliest, LocalDate latest) {

    static TrattaPublicationWindow after(LocalDate trattaSentOn) {
        return new TrattaPublicationWindow(trattaSentOn.plusDays(14), trattaSentOn.plusDays(60));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }
}
