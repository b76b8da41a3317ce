package fi.saatava.gateway.creditors;

import java.time.LocalDate;

/** How often a creditor is settled: by every settlement run (weekly by default), or by the first run of a month. */
public enum SettlementInterval {
    EVERY_RUN,
    MONTHLY;

    /** Whether a run on {@code runDay} settles a creditor last settled on {@code lastSettledOn} (null if never). */
    public boolean due(LocalDate runDay, LocalDate lastSettledOn) {
        return this == EVERY_RUN || lastSettledOn == null
                || !lastSettledOn.withDayOfMonth(1).equals(runDay.withDayOfMonth(1));
    }
}
