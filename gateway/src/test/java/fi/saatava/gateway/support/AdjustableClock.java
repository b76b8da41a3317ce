package fi.saatava.gateway.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests can stop at an instant and release again; shared by all tests through the one Spring context. */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private volatile Instant fixed;

    AdjustableClock(Clock system) {
        this.system = system;
    }

    public void fixAt(Instant instant) {
        this.fixed = instant;
    }

    public void useSystemTime() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The gateway clock has one zone");
    }

    @Override
    public Instant instant() {
        Instant instant = fixed;
        return instant != null ? instant : system.instant();
    }
}
