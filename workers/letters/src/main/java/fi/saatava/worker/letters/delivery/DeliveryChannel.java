package fi.saatava.worker.letters.delivery;

import fi.saatava.worker.letters.gateway.LetterSnapshot;

/** One way a letter leaves Saatava; the snapshot's {@code delivery.channel} names it. */
public interface DeliveryChannel {

    /** {@code PRINT}, {@code EMAIL} or {@code OUTBOX}, as reported to the gateway. */
    String name();

    /**
     * Hands the letter over. Called again when a task is redelivered, so it must not send the same letter twice
     * where the other side can prevent it.
     */
    void send(LetterSnapshot letter, byte[] pdf);
}
