package fi.saatava.simulators.script;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fi.saatava.simulators.recording.Exchange;

/**
 * Holds back the first answer to a {@link DeliveryScript#SLOW} debtor's request, after the request was recorded and
 * took effect: the caller's read timeout fires although the other side accepted it, which is exactly the failure
 * that idempotency keys exist for.
 */
@Component
public class SlowAnswers {

    private final Duration delay;

    public SlowAnswers(@Value("${saatava.simulators.slow-response:25s}") Duration delay) {
        this.delay = delay;
    }

    /** Waits (outside the journal's lock) when this is the first, successful answer to a slow debtor. */
    public void hold(DeliveryScript script, Exchange exchange) {
        if (script != DeliveryScript.SLOW || exchange.replayed() || exchange.response().status() >= 300) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
