package fi.saatava.law.limitation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What limitation depends on (spec §7).
 *
 * @param dueDate                the due date, or the maturity after acceleration (VanhL 5 §)
 * @param debtorNaturalPerson    final limitation (VanhL 13 a §) and the enforcement-title period (UK 2:24) apply only to
 *                               natural persons
 * @param creditorNaturalPerson  25 years instead of 20 (VanhL 13 a §), 20 instead of 15 (UK 2:24)
 * @param contractBasedMoneyDebt VanhL 13 a § covers contract-based money debts
 * @param crimeDamages           damages from a crime sentenced to imprisonment, a monitoring sentence or community
 *                               service: a 20-year title period (UK 2:24)
 */
public record LimitationProfile(LocalDate dueDate, boolean debtorNaturalPerson, boolean creditorNaturalPerson,
                                boolean contractBasedMoneyDebt, boolean crimeDamages) {

    public LimitationProfile {
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** A business creditor's contract-based claim against a natural person. */
    public static LimitationProfile againstNaturalPerson(LocalDate dueDate) {
        return new LimitationProfile(dueDate, true, false, true, false);
    }

    /** A claim against a company or other legal person. */
    public static LimitationProfile againstLegalPerson(LocalDate dueDate) {
        return new LimitationProfile(dueDate, false, false, true, false);
    }
}
