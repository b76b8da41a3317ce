package fi.saatava.simulators.script;

import java.util.Optional;

import org.springframework.http.HttpStatus;

import fi.saatava.simulators.recording.SimulatedResponse;

/**
 * How the court, enforcement, insolvency and tratta APIs treat a delivery, by {@link ScriptDigits}:
 *
 * <pre>
 * 85–89  UNAVAILABLE  503 on every delivery (the worker retries, then raises an incident)
 * 90–94  FLAKY        503 on the first delivery of an idempotency key, then the normal answer
 * 95–99  SLOW         the first delivery is accepted and recorded but answered only after
 *                     saatava.simulators.slow-response (longer than the workers' read timeout), so the worker
 *                     gives up although the filing was made; its retry gets the stored answer at once
 * other  NORMAL
 * </pre>
 */
public enum DeliveryScript {
    NORMAL, UNAVAILABLE, FLAKY, SLOW;

    public static DeliveryScript of(int digits) {
        if (digits >= 95) {
            return SLOW;
        }
        if (digits >= 90) {
            return FLAKY;
        }
        return digits >= 85 ? UNAVAILABLE : NORMAL;
    }

    /** The 503 this delivery gets instead of being handled, if any. */
    public Optional<SimulatedResponse> refusal(int delivery, String system) {
        if (this == UNAVAILABLE || (this == FLAKY && delivery == 1)) {
            return Optional.of(SimulatedResponse.problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "The " + system + " is temporarily unavailable; retry with the same Idempotency-Key"));
        }
        return Optional.empty();
    }
}
