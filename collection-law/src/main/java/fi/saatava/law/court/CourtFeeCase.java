package fi.saatava.law.court;

/** How a summary civil case was filed and ended, which decides its court fee (tuomioistuinmaksulaki 1455/2015 2 §). */
public enum CourtFeeCase {
    /** Decided by default judgment or on admission, or lapsed; data sent into the court's system (Santra, e-service). */
    UNDISPUTED_FILED_ELECTRONICALLY,
    /** The same, filed otherwise (paper or e-mail). */
    UNDISPUTED_FILED_OTHERWISE,
    /** Disputed by the defendant. */
    DISPUTED
}
