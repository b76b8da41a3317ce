package fi.saatava.gateway.claims;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * The debtor's separate consent to letters on a durable medium, here e-mail (PerintäL 5 § 2 mom, 5 b § 2 mom, spec
 * §3.6, §2.6). A consent is valid for at most 12 months from the day it was given.
 *
 * @param givenOn the day the debtor gave it; not in the future
 */
public record ElectronicLettersConsent(@NotNull LocalDate givenOn) {

    /** Months a consent stays valid (PerintäL 5 § 2 mom, spec §3.6). */
    public static final int VALID_MONTHS = 12;

    public LocalDate validThrough() {
        return givenOn.plusMonths(VALID_MONTHS).minusDays(1);
    }
}
