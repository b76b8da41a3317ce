package fi.saatava.law.schedule;

import fi.saatava.law.DeliveryChannel;

/**
 * Days from sending to the latest delivery date, per channel (spec §16 "Latest delivery date by channel").
 * Postal terms vary and are UNCONFIRMED in the spec, so the numbers are configuration; the defaults err on the
 * debtor's side.
 *
 * @param letterDays days a paper letter may take, at the latest
 * @param emailDays  days an e-mail, e-invoice or portal message may take, at the latest
 */
public record DeliveryTerms(int letterDays, int emailDays) {

    /** Letter: sending day + 7; e-mail: the sending day (spec §16). */
    public static final DeliveryTerms DEFAULT = new DeliveryTerms(7, 0);

    public DeliveryTerms {
        if (letterDays < 0 || emailDays < 0) {
            throw new IllegalArgumentException("delivery days must not be negative");
        }
    }

    public int daysFor(DeliveryChannel channel) {
        return switch (channel) {
            case LETTER -> letterDays;
            case EMAIL -> emailDays;
        };
    }
}
