package fi.saatava.gateway.events;

/** The kinds of event a creditor reports about a claim. */
public enum CreditorEventType {
    DIRECT_PAYMENT,
    CREDIT_NOTE,
    ADDITIONAL_CLAIM,
    WITHDRAWAL,
    DISPUTE_NOTICE
}
