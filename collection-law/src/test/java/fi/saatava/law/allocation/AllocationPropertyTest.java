package fi.saatava.law.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.money.Money;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Allocation conserves money to the cent, and consumer costs wait for principal and interest (spec §5). */
class AllocationPropertyTest {

    private final PaymentAllocator allocator = new PaymentAllocator();

    @Property
    void everyCentOfEveryPaymentIsAccountedFor(@ForAll("balances") Balance start, @ForAll ClaimKind kind,
                                               @ForAll @Size(max = 12) List<@LongRange(min = 1, max = 5_000_000) Long> payments) {
        Balance balance = start;
        for (long cents : payments) {
            Money payment = Money.ofCents(cents);
            Allocation allocation = allocator.allocate(kind, balance, payment);

            assertThat(allocation.applied().plus(allocation.overpayment())).isEqualTo(payment);
            assertThat(allocation.remaining().total()).isEqualTo(balance.total().minus(allocation.applied()));
            assertThat(allocation.overpayment().isPositive()).isEqualTo(payment.isGreaterThan(balance.total()));
            for (Allocation.Line line : allocation.lines()) {
                assertThat(line.amount()).isLessThanOrEqualTo(balance.amountOf(line.component()));
            }
            if (kind == ClaimKind.CONSUMER && allocation.lines().stream().anyMatch(l ->
                    l.component() == BalanceComponent.COSTS || l.component() == BalanceComponent.INTEREST_ON_COSTS)) {
                assertThat(allocation.remaining().interest()).isEqualTo(Money.ZERO);
                assertThat(allocation.remaining().principal()).isEqualTo(Money.ZERO);
            }
            balance = allocation.remaining();
        }
    }

    @Provide
    Arbitrary<Balance> balances() {
        Arbitrary<Money> part = Arbitraries.longs().between(0, 10_000_000).map(Money::ofCents);
        return Combinators.combine(part, part, part, part).as(Balance::new);
    }
}
