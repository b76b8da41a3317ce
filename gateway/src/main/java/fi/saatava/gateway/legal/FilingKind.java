package fi.saatava.gateway.legal;

/** What a filing is: the document the gateway prepares for one filing id. */
public enum FilingKind {
    /** A summary summons application to a district court (spec §8). */
    SUMMONS,
    /** An enforcement application (spec §9, UK 3:2). */
    ENFORCEMENT,
    /** A claim lodged in insolvency proceedings (spec §11, KonkL 12:7). */
    INSOLVENCY_CLAIM
}
