package fi.saatava.law.fees;

/** Who collects the claim (spec §1). */
public enum CollectorKind {
    /** The creditor collecting its own claim: sends reminders (PerintäL 5 §). */
    CREDITOR_SELF,
    /** A registered professional collector (411/2018): must send a payment demand (5 §, 5 b §). */
    PROFESSIONAL,
    /**
     * An "internal" collector of 411/2018 2 § 1 mom 2–3 k (public-sector entities for each other, a company for its own
     * group): its demands carry at most 5 € (consumer, 10 a § 1 mom 5 k) or 12 € (other, 10 e § 1 mom 4 k).
     */
    INTERNAL_GROUP_OR_PUBLIC
}
