package fi.saatava.gateway.paymentplans;

/** Where a payment plan stands (see the payment_plan table). */
public enum PaymentPlanStatus {
    /** Stored and handed to the claim's process, which checks it. */
    REQUESTED,
    /** Lawful but beyond the operators' limits: an operator approves or rejects it in Tasklist. */
    NEEDS_APPROVAL,
    /** Confirmed to the debtor in writing; its instalments are followed. */
    ACTIVE,
    /** An instalment was missed: the plan lapsed and collection resumed. */
    DEFAULTED,
    /** Every instalment was paid. */
    KEPT
}
