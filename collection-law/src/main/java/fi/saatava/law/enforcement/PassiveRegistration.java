package fi.saatava.law.enforcement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Passive registration after a no-assets finding (UK 3:102, spec §9): at the applicant's request the claim stays in
 * the enforcement register as a passive claim for 2 years from the date of the obstacle certificate (estetodistus);
 * with several certificates the period runs from the last one.
 */
public final class PassiveRegistration {

    private static final int YEARS = 2;

    private PassiveRegistration() {
    }

    /** The day the passive registration started by the certificate of {@code certificateDate} ends: 2 years later. */
    public static LocalDate endsOn(LocalDate certificateDate) {
        return Objects.requireNonNull(certificateDate, "certificateDate").plusYears(YEARS);
    }
}
