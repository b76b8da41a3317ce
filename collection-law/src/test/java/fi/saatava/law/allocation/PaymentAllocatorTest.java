package fi.saatava.law.allocation;

import static fi.saatava.law.allocation.BalanceComponent.COSTS;
import static fi.saatava.law.allocation.BalanceComponent.INTEREST;
import static fi.saatava.law.allocation.BalanceComponent.INTEREST_ON_COSTS;
import static fi.saatava.law.allocation.BalanceComponent.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec §5. */
class PaymentAllocatorTest {

    private static final Balance BALANCE = new Balance(Money.of("10.00"), Money.of("100.00"), Money.of("29.00"),
            Money.of("1.00"));

    private final PaymentAllocator allocator = new PaymentAllocator();

    @Test
    void consumerPaymentGoesToInterestThenPrincipalBeforeAnyCost() {
        Allocation allocation = allocator.allocate(ClaimKind.CONSUMER, BALANCE, Money.of("105.00"));
        assertThat(allocation.lines()).containsExactly(
                new Allocation.Line(INTEREST, Money.of("10.00")), new Allocation.Line(PRINCIPAL, Money.of("95.00")));
        assertThat(allocation.remaining()).isEqualTo(new Balance(Money.ZERO, Money.of("5.00"), Money.of("29.00"),
                Money.of("1.00")));
        assertThat(allocation.overpayment()).isEqualTo(Money.ZERO);
        assertThat(allocation.explanation()).contains("PerintäL 11 a § 2 mom");
    }

    @Test
    void consumerCostsAndTheirInterestComeLast() {
        Allocation allocation = allocator.allocate(ClaimKind.CONSUMER, BALANCE, Money.of("139.50"));
        assertThat(allocation.lines()).extracting(Allocation.Line::component).containsExactly(INTEREST, PRINCIPAL, COSTS,
                INTEREST_ON_COSTS);
        assertThat(allocation.remaining().interestOnCosts()).isEqualTo(Money.of("0.50"));
    }

    @Test
    void consumerClaimRejectsAnyOtherOrder() {
        assertThatThrownBy(() -> allocator.allocate(ClaimKind.CONSUMER, BALANCE, Money.of("10"),
                List.of(COSTS, INTEREST_ON_COSTS, INTEREST, PRINCIPAL)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PerintäL 11 a § 2 mom");
    }

    @Test
    void otherClaimDefaultOrderIsCostsFirstAndSaysItIsUnconfirmed() {
        Allocation allocation = allocator.allocate(ClaimKind.OTHER, BALANCE, Money.of("35.00"));
        assertThat(allocation.lines()).containsExactly(new Allocation.Line(COSTS, Money.of("29.00")),
                new Allocation.Line(INTEREST_ON_COSTS, Money.of("1.00")), new Allocation.Line(INTEREST, Money.of("5.00")));
        assertThat(allocation.explanation()).contains("default industry order", "UNCONFIRMED");
    }

    @Test
    void otherClaimOrderIsConfigurable() {
        Allocation allocation = allocator.allocate(ClaimKind.OTHER, BALANCE, Money.of("50.00"),
                List.of(PRINCIPAL, INTEREST, COSTS, INTEREST_ON_COSTS));
        assertThat(allocation.lines()).containsExactly(new Allocation.Line(PRINCIPAL, Money.of("50.00")));
        assertThat(allocation.explanation()).contains("the order agreed for this claim");
    }

    @Test
    void overpaymentIsReportedNotLost() {
        Allocation allocation = allocator.allocate(ClaimKind.CONSUMER, BALANCE, Money.of("150.00"));
        assertThat(allocation.applied()).isEqualTo(Money.of("140.00"));
        assertThat(allocation.overpayment()).isEqualTo(Money.of("10.00"));
        assertThat(allocation.remaining()).isEqualTo(Balance.ZERO);
        assertThat(allocation.explanation()).contains("Overpayment 10.00 €");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> allocator.allocate(ClaimKind.OTHER, BALANCE, Money.ZERO))
                .hasMessage("a payment must be positive");
        assertThatThrownBy(() -> allocator.allocate(ClaimKind.OTHER, BALANCE, Money.of("1"), List.of(COSTS, COSTS,
                INTEREST, PRINCIPAL))).hasMessageContaining("once");
        assertThatThrownBy(() -> new Balance(Money.of("-1"), Money.ZERO, Money.ZERO, Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
