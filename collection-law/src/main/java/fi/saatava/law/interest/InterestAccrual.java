package fi.saatava.law.interest;

import fi.saatava.law.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Late interest over a period, as the segments it was computed in. The total is the exact sum of the segments rounded
 * once, half-up to the cent, so the interest of a period equals the sum over any split of it.
 *
 * @param segments in date order
 */
public record InterestAccrual(List<InterestSegment> segments) {

    public static final InterestAccrual NONE = new InterestAccrual(List.of());

    public InterestAccrual {
        segments = List.copyOf(segments);
    }

    /** The interest, rounded half-up to the cent once. */
    public Money amount() {
        return InterestSegment.toMoney(exactNumerator());
    }

    /** Both accruals together (e.g. consecutive periods, or periods with different balances). */
    public InterestAccrual plus(InterestAccrual other) {
        List<InterestSegment> all = new ArrayList<>(segments);
        all.addAll(other.segments);
        return new InterestAccrual(all);
    }

    /** The exact interest in cents × 100 × 365 × 366; equal for a period and any split of it. */
    public BigDecimal exactNumerator() {
        return segments.stream().map(InterestSegment::exactNumerator).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long days() {
        return segments.stream().mapToLong(InterestSegment::days).sum();
    }
}
