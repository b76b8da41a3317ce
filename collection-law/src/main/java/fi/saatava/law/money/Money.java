package fi.saatava.law.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of euros, exact to the cent (stored as {@code long} cents; never a {@code double}).
 *
 * <p>Construction never rounds silently: {@link #of(String)} and {@link #of(BigDecimal)} reject amounts with
 * more than two decimals. Rounding happens only where a rule calls for it ({@link #ofRounded(BigDecimal)},
 * {@link #percent(BigDecimal)}), and then it is half-up to the cent, the rounding printed on letters.
 *
 * <p>Amounts may be negative (a balance after an overpayment, a difference); callers that need a positive
 * amount check {@link #isPositive()}.
 */
public final class Money implements Comparable<Money> {

    /** Zero euros. */
    public static final Money ZERO = new Money(0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long cents;

    private Money(long cents) {
        this.cents = cents;
    }

    /** An amount of cents, e.g. {@code ofCents(1234)} is 12.34 €. */
    public static Money ofCents(long cents) {
        return cents == 0 ? ZERO : new Money(cents);
    }

    /**
     * Parses a decimal string such as {@code "12.34"}, {@code "12.3"}, {@code "12"} or {@code "-0.50"}.
     *
     * @throws IllegalArgumentException if the text is not a plain decimal number or has more than two decimals
     */
    public static Money of(String amount) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.matches("-?\\d+(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException(
                    "amount must be a decimal number with at most two decimals and a '.' separator, e.g. 12.34");
        }
        return of(new BigDecimal(amount));
    }

    /**
     * An exact amount.
     *
     * @throws IllegalArgumentException if the amount has a non-zero digit beyond the cents
     */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal scaled = amount.stripTrailingZeros();
        if (scaled.scale() > 2) {
            throw new IllegalArgumentException("amount has more than two decimals: " + amount.toPlainString());
        }
        return ofCents(amount.movePointRight(2).longValueExact());
    }

    /** Rounds an amount half-up to the cent (the rounding used on letters and for accrued interest). */
    public static Money ofRounded(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return ofCents(amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact());
    }

    public long cents() {
        return cents;
    }

    /** The amount as a {@link BigDecimal} with scale 2. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    public Money plus(Money other) {
        return ofCents(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return ofCents(Math.subtractExact(cents, other.cents));
    }

    /** This amount multiplied by a whole number, e.g. 40 € × number of late instalments. */
    public Money times(long factor) {
        return ofCents(Math.multiplyExact(cents, factor));
    }

    /** {@code percent} % of this amount, rounded half-up to the cent; e.g. 25.5 % VAT on a fee. */
    public Money percent(BigDecimal percent) {
        return ofRounded(toBigDecimal().multiply(percent).divide(HUNDRED));
    }

    public Money negate() {
        return ofCents(Math.negateExact(cents));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && other.cents == cents;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(cents);
    }

    /** The amount with two decimals and a '.' separator, e.g. {@code "12.34"} (the JSON form). */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
