package fi.saatava.law.allocation;

import fi.saatava.law.money.Money;
import java.util.List;

/**
 * How one payment was applied. The lines plus the overpayment always equal the payment, to the cent.
 *
 * @param payment     the amount received
 * @param lines       the amount applied to each component, in the order applied (components that got nothing omitted)
 * @param overpayment what exceeded the whole balance: to be refunded or held, never dropped
 * @param remaining   the balance after the payment
 * @param explanation the order used and its legal basis
 */
public record Allocation(Money payment, List<Line> lines, Money overpayment, Balance remaining, String explanation) {

    public Allocation {
        lines = List.copyOf(lines);
    }

    /** One component's share of the payment. */
    public record Line(BalanceComponent component, Money amount) {
    }

    /** The total applied to the claim (the payment less any overpayment). */
    public Money applied() {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
    }
}
