package fi.saatava.law;

/**
 * The first classification of every claim (spec §1): a consumer claim (PerintäL 3 § 1–3 mom) or any other claim
 * (B2B claims and claims of private persons; PerintäL 10 e–10 j §).
 */
public enum ClaimKind {
    /** Kuluttajasaatava: PerintäL 10 a–10 d § caps, 14-day gaps counted strictly (spec §3). */
    CONSUMER,
    /** Muu kuin kuluttajasaatava: PerintäL 10 e–10 i § caps, 10-day gaps counted strictly (spec §2). */
    OTHER
}
