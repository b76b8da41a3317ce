package fi.saatava.gateway.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The gateway's one clock in the {@code simulation} profile: the system clock plus an offset that only grows. Moving
 * it moves the engine's clock ({@link ClockUtil}) by the same offset, so the job executor, which acquires timers by the
 * engine's time, finds the timers that came due. For demos and end-to-end tests only; production runs on
 * {@code Clock.system}.
 */
public final class SimulationClock extends Clock {

    private final Clock system;
    private volatile Duration offset;

    SimulationClock(Clock system, Instant start) {
        this.system = system;
        this.offset = Duration.between(system.instant(), start);
        ClockUtil.offset(offset.toMillis());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    /** The same simulated time seen in another zone (the simulators in a system test ask for Finland's). */
    @Override
    public Clock withZone(ZoneId zone) {
        SimulationClock simulated = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return simulated.withZone(other);
            }

            @Override
            public Instant instant() {
                return simulated.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /**
     * Moves the clock forward to {@code target}.
     *
     * @throws IllegalArgumentException if {@code target} is in the simulated past: time never runs backwards
     */
    synchronized Instant advanceTo(Instant target) {
        Instant now = system.instant();
        if (target.isBefore(now.plus(offset))) {
            throw new IllegalArgumentException("is before the simulated now " + now.plus(offset));
        }
        offset = Duration.between(now, target);
        ClockUtil.offset(offset.toMillis());
        return instant();
    }

    /** Gives the engine back the system clock, when the application stops. */
    void release() {
        ClockUtil.reset();
    }

    /** How far the simulated time is ahead of the system clock (negative when it started in the past). */
    Duration offset() {
        return offset;
    }
}
