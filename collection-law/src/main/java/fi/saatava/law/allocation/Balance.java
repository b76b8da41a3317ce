package fi.saatava.law.allocation;

import fi.saatava.law.money.Money;
import java.util.Objects;

/**
 * What is outstanding on a claim, by component.
 *
 * @param interest        interest on the principal
 * @param principal       the principal
 * @param costs           collection costs
 * @param interestOnCosts interest on the collection costs
 */
public record Balance(Money interest, Money principal, Money costs, Money interestOnCosts) {

    public static final Balance ZERO = new Balance(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Balance {
        for (Money part : new Money[] {interest, principal, costs, interestOnCosts}) {
            Objects.requireNonNull(part, "balance component");
            if (part.isNegative()) {
                throw new IllegalArgumentException("a balance component must not be negative");
            }
        }
    }

    public Money amountOf(BalanceComponent component) {
        return switch (component) {
            case INTEREST -> interest;
            case PRINCIPAL -> principal;
            case COSTS -> costs;
            case INTEREST_ON_COSTS -> interestOnCosts;
        };
    }

    public Money total() {
        return interest.plus(principal).plus(costs).plus(interestOnCosts);
    }

    /** This balance with {@code amount} taken off one component. */
    Balance reduce(BalanceComponent component, Money amount) {
        return new Balance(
                component == BalanceComponent.INTEREST ? interest.minus(amount) : interest,
                component == BalanceComponent.PRINCIPAL ? principal.minus(amount) : principal,
                component == BalanceComponent.COSTS ? costs.minus(amount) : costs,
                component == BalanceComponent.INTEREST_ON_COSTS ? interestOnCosts.minus(amount) : interestOnCosts);
    }
}
