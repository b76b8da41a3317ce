package fi.saatava.law;

/**
 * The first classification of every claim (spec §1): a consumer claim (PerintäL 3 § 1–3 mom) or any other claim
 * (B2B claims and claims of private persons; PerintäL 10 e–10 j §).
 */
public enum ClaimKind {
    /** Kuluttajasaatava: PerintäL 10 a–10 d § caps, 14-day gaps counted strictly (spec §3). */
    CONSUMER(15),
    /** Muu kuin kuluttajasaatava: PerintäL 10 e–10 i § caps, 10-day gaps counted strictly (spec §2). */
    OTHER(11);

    private final int daysFromPreviousLetter;

    ClaimKind(int daysFromPreviousLetter) {
        this.daysFromPreviousLetter = daysFromPreviousLetter;
    }

    /**
     * The fewest calendar days from one reminder or demand to the next: 15 for consumer claims (≥14 full days between
     * the letters, PerintäL 10 b § 2 mom read strictly as the Consumer Ombudsman requires, KKV 21.10.2024, spec §3.3),
     * 11 for other claims (≥10 days, 10 f §, counted strictly as spec §2.2 recommends; UNCONFIRMED).
     */
    public int daysFromPreviousLetter() {
        return daysFromPreviousLetter;
    }
}
