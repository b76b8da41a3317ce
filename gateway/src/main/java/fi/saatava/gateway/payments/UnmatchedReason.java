package fi.saatava.gateway.payments;

/** Why a payment waits in the unmatched queue for an operator. */
public enum UnmatchedReason {
    /** The payer gave no creditor reference. */
    NO_REFERENCE,
    /** The reference's check digits are wrong: a typing error, so it is not guessed at. */
    INVALID_REFERENCE,
    /** A valid reference that belongs to no claim. */
    UNKNOWN_REFERENCE,
    /** The claim is closed (paid, withdrawn, returned): it takes no more money. */
    CLAIM_CLOSED
}
