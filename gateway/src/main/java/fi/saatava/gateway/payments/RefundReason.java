package fi.saatava.gateway.payments;

/** Why money goes back to a payer. */
public enum RefundReason {
    /** The payment was more than the claim's whole balance (the excess is the payer's, spec §5). */
    OVERPAYMENT,
    /** An operator decided the payment is not for any claim (e.g. paid to the wrong account). */
    OPERATOR_REFUND
}
