package fi.saatava.worker.letters.delivery;

import fi.saatava.worker.letters.gateway.LetterSnapshot;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Delivery;

/**
 * Local runs and installations that print in-house: the letter is sent once it is in the outbox, which the worker
 * writes for every channel before sending.
 */
public class OutboxChannel implements DeliveryChannel {

    @Override
    public String name() {
        return Delivery.OUTBOX;
    }

    @Override
    public void send(LetterSnapshot letter, byte[] pdf) {
        // already written to the outbox by the worker
    }
}
