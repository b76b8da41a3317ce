package fi.saatava.law.interest;

import java.math.BigDecimal;

/**
 * The reference rate of one half-year (KorkoL 12 §, spec §6.2) and how sure we are of it.
 *
 * @param halfYear the period it applies to
 * @param percent  the reference rate in percent, e.g. 2.5
 * @param status   where the number comes from
 * @param source   the citation (statute-book number, press release)
 */
public record ReferenceRate(HalfYear halfYear, BigDecimal percent, Status status, String source) {

    /** Provenance of a rate; see the header of {@code reference-rates.csv}. */
    public enum Status {
        /** Read in a source listed in spec §6.2. */
        CONFIRMED,
        /** Computed with the 12 § formula from the ECB rate; no stored source states it. */
        DERIVED,
        /** Marked UNCONFIRMED in the spec; to be verified before relying on it. */
        UNCONFIRMED,
        /** Supplied by the operator through an override file. */
        OPERATOR
    }
}
