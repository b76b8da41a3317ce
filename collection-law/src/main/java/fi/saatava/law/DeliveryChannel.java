package fi.saatava.law;

/** How a letter reaches the debtor; decides its latest delivery date (spec §16, §3.3). */
public enum DeliveryChannel {
    /** Paper mail through the print house; latest delivery by default 7 days after sending. */
    LETTER,
    /** E-mail, e-invoice or portal message; latest delivery by default the sending day. */
    EMAIL
}
