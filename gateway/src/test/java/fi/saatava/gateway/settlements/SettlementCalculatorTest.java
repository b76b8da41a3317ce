package fi.saatava.gateway.settlements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import fi.saatava.gateway.creditors.Creditor;
import fi.saatava.law.money.Money;
import org.junit.jupiter.api.Test;

class SettlementCalculatorTest {

    private static final UUID CLAIM = UUID.randomUUID();
    private static final Creditor.Commission TERMS = new Creditor.Commission(new BigDecimal("10.00"),
            Money.of("2.00"), new BigDecimal("50.00"));

    @Test
    void theCreditorGetsPrincipalInterestAndItsCostShareLessCommissionAndTheFirstFixedFee() {
        CollectedFunds funds = new CollectedFunds(CLAIM, Money.of("120.00"), Money.of("1.19"), Money.of("5.00"));

        SettlementLine first = SettlementCalculator.line(funds, TERMS, true);
        SettlementLine later = SettlementCalculator.line(funds, TERMS, false);

        assertThat(first.creditorCostShare()).isEqualTo(Money.of("2.50"));
        assertThat(first.commission()).isEqualTo(Money.of("12.37")); // 10 % of 123.69, half-up
        assertThat(first.fixedFee()).isEqualTo(Money.of("2.00"));
        assertThat(first.net()).isEqualTo(Money.of("109.32"));
        assertThat(later.fixedFee()).isEqualTo(Money.ZERO);
        assertThat(later.net()).isEqualTo(Money.of("111.32"));
    }

    @Test
    void theFixedFeeNeverTakesMoreThanTheClaimBroughtIn() {
        SettlementLine line = SettlementCalculator.line(new CollectedFunds(CLAIM, Money.of("1.00"), Money.ZERO,
                Money.ZERO), TERMS, true);

        assertThat(line.commission()).isEqualTo(Money.of("0.10"));
        assertThat(line.fixedFee()).isEqualTo(Money.of("0.90"));
        assertThat(line.net()).isEqualTo(Money.ZERO);
    }

    @Test
    void moneyTheBankTookBackAfterItWasSettledIsDeductedWithItsCommissionReturned() {
        SettlementLine line = SettlementCalculator.line(new CollectedFunds(CLAIM, Money.of("-48.81"),
                Money.of("-1.19"), Money.ZERO), TERMS, false);

        assertThat(line.commission()).isEqualTo(Money.of("-5.00"));
        assertThat(line.fixedFee()).isEqualTo(Money.ZERO);
        assertThat(line.net()).isEqualTo(Money.of("-45.00"));
    }
}
