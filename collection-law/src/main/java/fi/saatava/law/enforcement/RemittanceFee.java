package fi.saatava.law.enforcement;

import java.math.BigDecimal;
import java.util.Objects;

import fi.saatava.law.money.Money;

/**
 * The enforcement authority's remittance fee (tilitysmaksu; spec §9, asetus ulosottomaksuista 3 a §, from 1.4.2021):
 * paid by the creditor, 1.45 % of each remitted amount, at most 5 000 € per remittance. The authority withholds it, so
 * what reaches the applicant's account is the amount collected less the fee.
 */
public final class RemittanceFee {

    public static final BigDecimal PERCENT = new BigDecimal("1.45");
    public static final Money MAXIMUM = Money.of("5000.00");

    private RemittanceFee() {
    }

    /** The fee on one remittance of {@code collected}, rounded half-up to the cent. */
    public static Money of(Money collected) {
        return Objects.requireNonNull(collected, "collected").percent(PERCENT).min(MAXIMUM);
    }

    /** What the authority transfers for a remittance of {@code collected}: the amount less its fee. */
    public static Money transferred(Money collected) {
        return collected.minus(of(collected));
    }
}
