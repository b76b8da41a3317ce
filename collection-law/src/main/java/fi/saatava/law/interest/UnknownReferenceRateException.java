package fi.saatava.law.interest;

/**
 * No reference rate is known for a half-year that an interest calculation needs. Interest is never computed with a
 * guessed or zero rate (spec §6.2): the operator must add the half-year to the rate override file.
 */
public class UnknownReferenceRateException extends RuntimeException {

    private final transient HalfYear halfYear;

    public UnknownReferenceRateException(HalfYear halfYear) {
        super("no reference rate is known for " + halfYear + " (KorkoL 12 §, spec §6.2): add a line '" + halfYear
                + ";<rate>;OPERATOR;<source>' to the reference-rate override file, see collection-law/README.md");
        this.halfYear = halfYear;
    }

    public HalfYear halfYear() {
        return halfYear;
    }
}
