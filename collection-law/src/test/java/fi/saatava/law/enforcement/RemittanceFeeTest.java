package fi.saatava.law.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemittanceFeeTest {

    @ParameterizedTest(name = "{0} € collected: fee {1} €, {2} € transferred")
    @CsvSource({
            "50.00, 0.73, 49.27",            // 0.725 rounds half-up
            "281.19, 4.08, 277.11",          // 4.077255
            "100000.00, 1450.00, 98550.00",
            "344827.58, 5000.00, 339827.58", // 5 000.000 exactly at the cap
            "500000.00, 5000.00, 495000.00"  // the cap: at most 5 000 € per remittance (3 a §)
    })
    void onePointFourFivePercentAtMostFiveThousand(String collected, String fee, String transferred) {
        assertThat(RemittanceFee.of(Money.of(collected))).isEqualTo(Money.of(fee));
        assertThat(RemittanceFee.transferred(Money.of(collected))).isEqualTo(Money.of(transferred));
    }
}
