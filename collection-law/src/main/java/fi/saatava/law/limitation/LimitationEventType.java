package fi.saatava.law.limitation;

/** What interrupts limitation (VanhL 10 §, 11 §, 13 §; spec §7). */
public enum LimitationEventType {
    /** The creditor demands payment or otherwise reminds the debtor of the identified debt (VanhL 10 § 1 mom 3 k). */
    DEMAND(false, "an identified demand (VanhL 10 § 1 mom 3 k)"),
    /** The debtor pays or otherwise acknowledges the debt to the creditor (VanhL 10 § 1 mom 2 k). */
    ACKNOWLEDGEMENT(false, "a payment or acknowledgement by the debtor (VanhL 10 § 1 mom 2 k)"),
    /** A payment arrangement, security or other change of terms agreed (VanhL 10 § 1 mom 1 k). */
    PAYMENT_ARRANGEMENT(false, "an agreed payment arrangement (VanhL 10 § 1 mom 1 k)"),
    /** A lawsuit or claim in court or a consumer disputes board, or court mediation (VanhL 11 §). */
    COURT_PROCEEDINGS(true, "court proceedings (VanhL 11 §)"),
    /** The claim lodged in bankruptcy, debt adjustment, restructuring or a public summons (VanhL 11 § 1 mom 2 k). */
    INSOLVENCY_LODGING(true, "the claim lodged in an insolvency procedure or public summons (VanhL 11 § 1 mom 2 k)"),
    /** An enforcement application (VanhL 11 § 1 mom 3 k). */
    ENFORCEMENT_APPLICATION(true, "an enforcement application (VanhL 11 § 1 mom 3 k)"),
    /** A final judgment or other enforcement title: the new period is 5 years (VanhL 13 §) and UK 2:24 starts. */
    JUDGMENT(false, "a final judgment or other enforcement title (VanhL 13 §)");

    private final boolean legalProcedure;
    private final String description;

    LimitationEventType(boolean legalProcedure, String description) {
        this.legalProcedure = legalProcedure;
        this.description = description;
    }

    /** A procedure during which limitation is suspended; it interrupts on the day it ends (VanhL 11 §). */
    public boolean isLegalProcedure() {
        return legalProcedure;
    }

    String description() {
        return description;
    }
}
