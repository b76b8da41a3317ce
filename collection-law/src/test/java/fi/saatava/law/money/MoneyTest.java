package fi.saatava.law.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"12.34, 1234, 12.34", "12.3, 1230, 12.30", "12, 1200, 12.00", "-0.50, -50, -0.50", "0, 0, 0.00"})
    void parsesAndPrintsTwoDecimals(String text, long cents, String printed) {
        Money money = Money.of(text);
        assertThat(money.cents()).isEqualTo(cents);
        assertThat(money).hasToString(printed);
        assertThat(money.toBigDecimal()).isEqualByComparingTo(text).extracting(BigDecimal::scale).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.345", "1,00", "12.", ".5", "abc", "1e3", " 1.00", ""})
    void rejectsTextThatIsNotAnExactCentAmount(String text) {
        assertThatThrownBy(() -> Money.of(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bigDecimalMustBeExactToTheCentButTrailingZerosAreFine() {
        assertThat(Money.of(new BigDecimal("7.1000"))).isEqualTo(Money.ofCents(710));
        assertThatThrownBy(() -> Money.of(new BigDecimal("7.001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than two decimals");
    }

    @ParameterizedTest
    @CsvSource({"0.005, 0.01", "0.0049, 0.00", "-0.005, -0.01", "2.675, 2.68", "10, 10.00"})
    void roundsHalfUpOnlyWhenAsked(String exact, String rounded) {
        assertThat(Money.ofRounded(new BigDecimal(exact))).isEqualTo(Money.of(rounded));
    }

    @Test
    void arithmetic() {
        Money a = Money.of("12.34");
        Money b = Money.of("0.66");
        assertThat(a.plus(b)).isEqualTo(Money.of("13.00"));
        assertThat(b.minus(a)).isEqualTo(Money.of("-11.68"));
        assertThat(Money.of("40").times(3)).isEqualTo(Money.of("120"));
        assertThat(a.negate()).isEqualTo(Money.of("-12.34"));
        assertThat(Money.of("12").percent(new BigDecimal("25.5"))).isEqualTo(Money.of("3.06"));
        assertThat(a.min(b)).isEqualTo(b);
        assertThat(a.max(b)).isEqualTo(a);
    }

    @Test
    void comparisonsAndPredicates() {
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ofCents(1).isPositive()).isTrue();
        assertThat(Money.ofCents(-1).isNegative()).isTrue();
        assertThat(Money.of("1.00")).isEqualTo(Money.ofCents(100)).hasSameHashCodeAs(Money.ofCents(100));
        assertThat(Money.of("1.01").compareTo(Money.of("1.00"))).isPositive();
        assertThat(Money.of("1.01").isGreaterThan(Money.of("1.00"))).isTrue();
        assertThat(Money.of("0.99").isLessThan(Money.of("1.00"))).isTrue();
    }

    @Test
    void overflowIsAnErrorNotAWrongAmount() {
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1))).isInstanceOf(ArithmeticException.class);
    }
}
