package fi.saatava.gateway.letters;

import fi.saatava.process.ProcessContract;

/** The letters of {@link ProcessContract.LetterTypes}, with what the gateway needs to know about each. */
public enum LetterType {
    REMINDER(true),
    FIRST_DEMAND(true),
    SECOND_DEMAND(true),
    /** The tratta (PerintäL 7 §), other claims only; a claim has at most one, and it counts for the intervals. */
    DRAFT(true),
    /** Free of charge and not a collection action (PerintäL 4 b §); one per dispute, so it may repeat. */
    DISPUTE_ACKNOWLEDGEMENT(false),
    /** Tells the debtor the claim goes to court. */
    LEGAL_COLLECTION_NOTICE(false),
    /** Interrupts limitation in post-collection (VanhL 10 §); sent periodically, so it repeats. */
    LIMITATION_INTERRUPTION(false),
    /** A demand to a deceased debtor's estate (the insolvency process); one per estate notification. */
    ESTATE_DEMAND(false),
    /** The agreed payment plan in writing; one per plan. */
    PAYMENT_PLAN_CONFIRMATION(false),
    /** A missed instalment: the plan has lapsed; one per lapsed plan. */
    INSTALMENT_REMINDER(false);

    private final boolean collectionLetter;

    LetterType(boolean collectionLetter) {
        this.collectionLetter = collectionLetter;
    }

    /** A letter about a payment plan: it prints the plan's instalments or the one missed. */
    public boolean aboutAPaymentPlan() {
        return this == PAYMENT_PLAN_CONFIRMATION || this == INSTALMENT_REMINDER;
    }

    /**
     * A letter the next reminder or demand waits for: a collection letter, or an instalment reminder, whose printed
     * deadline collection must not cut short when it resumes after the lapsed plan (PerintäL 4 § 2 mom).
     */
    public boolean countsForTheNextLetterDate() {
        return collectionLetter || this == INSTALMENT_REMINDER;
    }

    /**
     * A reminder, demand or tratta: sent at most once per claim, and the letters the legal intervals between
     * letters count between (PerintäL 5 § 1 mom, 10 b § 2 mom, 10 f §, spec §3.3, §2.2).
     */
    public boolean collectionLetter() {
        return collectionLetter;
    }

    /** The letter as collection-law's schedule names it; only for reminders, demands and the tratta. */
    public fi.saatava.law.schedule.LetterType scheduleType() {
        return this == DRAFT ? fi.saatava.law.schedule.LetterType.TRATTA
                : fi.saatava.law.schedule.LetterType.valueOf(name());
    }
}
