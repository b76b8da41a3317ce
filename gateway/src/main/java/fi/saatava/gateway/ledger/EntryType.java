package fi.saatava.gateway.ledger;

/** What a ledger entry records. */
public enum EntryType {
    /** The principal of an invoice line (or of the whole invoice); late interest runs from the due date. */
    PRINCIPAL,
    /** A further invoice the creditor added to the claim. */
    ADDITIONAL_CLAIM,
    /** A collection cost or the standard compensation, with its legal explanation. */
    FEE,
    /** Late interest accrued up to a day, booked when a payment needs it allocated. */
    INTEREST,
    /** A payment and its allocation to the components of the debt. */
    PAYMENT,
    /** The creditor reduced the invoice. */
    CREDIT_NOTE,
    /** An amount that will not be collected. */
    WRITE_OFF,
    /** Cancels an earlier entry (e.g. the fee of a letter voided before it was sent). */
    REVERSAL
}
