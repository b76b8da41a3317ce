package fi.saatava.law.fees;

/** A collection action that may carry a fee (PerintäL 10 a §, 10 e §, 10 i §). */
public enum FeeAction {
    /** Payment reminder (maksumuistutus) in writing or on a durable medium. */
    REMINDER("payment reminder", true),
    /** Payment demand (maksuvaatimus, 5 § / 5 b §); the second one carries half the fee. */
    DEMAND("payment demand", true),
    /** Extension of the payment time at the debtor's request, by at least 14 days. */
    PAYMENT_TIME_EXTENSION("payment-time extension", false),
    /** Payment plan covering the whole remaining claim. */
    PAYMENT_PLAN("payment plan", false),
    /** Tratta (julkisuusuhkainen maksukehotus, PerintäL 7 §); other claims only. */
    TRATTA("tratta", true),
    /** Payment demand under bankruptcy threat (KonkL 2:3 2 mom 3 k); other claims only. */
    BANKRUPTCY_THREAT_DEMAND("bankruptcy-threat demand", true),
    /** The 40 € standard compensation per late commercial payment (PerintäL 10 i §); no letter needed. */
    STANDARD_COMPENSATION("standard compensation", false);

    private final String label;
    private final boolean letter;

    FeeAction(String label, boolean letter) {
        this.label = label;
        this.letter = letter;
    }

    /** Whether this is a letter to which the minimum gap between letters applies (10 b § 2 mom, 10 f § 1 mom). */
    public boolean isLetter() {
        return letter;
    }

    String label() {
        return label;
    }
}
