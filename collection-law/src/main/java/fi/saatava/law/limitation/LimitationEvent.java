package fi.saatava.law.limitation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event that interrupts limitation.
 *
 * @param type    what happened
 * @param on      the day it happened, or the day a legal procedure started
 * @param endedOn for a legal procedure, the day it ended (final judgment, end of enforcement, etc.), or {@code null}
 *                while it is pending; ignored for the other events
 */
public record LimitationEvent(LimitationEventType type, LocalDate on, LocalDate endedOn) {

    public LimitationEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(on, "on");
        if (endedOn != null && endedOn.isBefore(on)) {
            throw new IllegalArgumentException("a procedure cannot end before it starts");
        }
    }

    public static LimitationEvent of(LimitationEventType type, LocalDate on) {
        return new LimitationEvent(type, on, null);
    }

    public static LimitationEvent procedure(LimitationEventType type, LocalDate startedOn, LocalDate endedOn) {
        return new LimitationEvent(type, startedOn, endedOn);
    }
}
