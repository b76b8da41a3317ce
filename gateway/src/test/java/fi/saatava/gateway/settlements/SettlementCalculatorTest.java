package fi.saatava.gateway.settlements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import fi.saatava.gateway.creditors.Creditor;
import fi.saatava.law.enforcement.RemittanceFee;
import fi.saatava.law.money.Money;
import org.junit.jupiter.api.Test;

class SettlementCalculatorTest {

    private static final UUID CLAIM = UUID.randomUUID();
    private static final Creditor.Commission TERMS = new Creditor.Commission(new BigDecimal("10.00"),
            Money.of("2.00"), new BigDecimal("50.00"));

    @Test
    void theCreditorGetsPrincipalInterestAndItsCostShareLessCommissionAndTheFirstFixedFee() {
        CollectedFunds funds = new CollectedFunds(CLAIM, Money.of("120.00"), Money.of("1.19"), Money.of("5.00"),
                Money.ZERO);

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
                Money.ZERO, Money.ZERO), TERMS, true);

        assertThat(line.commission()).isEqualTo(Money.of("0.10"));
        assertThat(line.fixedFee()).isEqualTo(Money.of("0.90"));
        assertThat(line.net()).isEqualTo(Money.ZERO);
    }

    @Test
    void moneyTheBankTookBackAfterItWasSettledIsDeductedWithItsCommissionReturned() {
        SettlementLine line = SettlementCalculator.line(new CollectedFunds(CLAIM, Money.of("-48.81"),
                Money.of("-1.19"), Money.ZERO, Money.ZERO), TERMS, false);

        assertThat(line.commission()).isEqualTo(Money.of("-5.00"));
        assertThat(line.fixedFee()).isEqualTo(Money.ZERO);
        assertThat(line.net()).isEqualTo(Money.of("-45.00"));
    }

    @Test
    void theRemittanceFeeTheAuthorityWithheldIsTheCreditorsCostDeductedOnceAfterTheCommission() {
        // What the debtor paid in enforcement, 126.19 €; the authority withheld its 1.45 % (spec §9) = 1.83 €.
        Money fee = RemittanceFee.of(Money.of("126.19"));
        SettlementLine line = SettlementCalculator.line(new CollectedFunds(CLAIM, Money.of("120.00"),
                Money.of("1.19"), Money.of("5.00"), fee), TERMS, true);

        assertThat(line.commission()).isEqualTo(Money.of("12.37")); // 10 % of what the debtor paid towards 123.69
        assertThat(line.remittanceFees()).isEqualTo(fee);
        assertThat(line.fixedFee()).isEqualTo(Money.of("2.00"));
        assertThat(line.net()).isEqualTo(Money.of("123.69").minus(Money.of("12.37")).minus(Money.of("2.00"))
                .minus(fee));
    }

    @Test
    void aRemittanceFeeBeyondWhatTheClaimLeavesTheCreditorTakesNoFixedFee() {
        // Nearly all of it went to costs the creditor has no share of: the fee is still the creditor's cost.
        Creditor.Commission noCostShare = new Creditor.Commission(new BigDecimal("10.00"), Money.of("2.00"),
                BigDecimal.ZERO);
        Money fee = RemittanceFee.of(Money.of("10.01"));
        SettlementLine line = SettlementCalculator.line(new CollectedFunds(CLAIM, Money.of("0.01"), Money.ZERO,
                Money.of("10.00"), fee), noCostShare, true);

        assertThat(line.commission()).isEqualTo(Money.ZERO);
        assertThat(line.fixedFee()).isEqualTo(Money.ZERO);
        assertThat(line.net()).isEqualTo(Money.of("0.01").minus(fee));
    }
}
