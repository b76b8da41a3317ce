package fi.saatava.law.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.saatava.law.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CourtCostsTest {

    private final CourtCosts costs = new CourtCosts();

    @ParameterizedTest(name = "principal {0}: basic {1}, high {2}")
    @CsvSource({
            // spec §8, OM asetus 1311/2001 as amended by 425/2012: < 300 | 300–1 000 | > 1 000
            "0.01, 50.00, 80.00",
            "299.99, 50.00, 80.00",
            "300.00, 80.00, 120.00",
            "1000.00, 80.00, 120.00",
            "1000.01, 110.00, 160.00",
            "25000.00, 110.00, 160.00"
    })
    void tariffByPrincipal(String principal, String basic, String high) {
        assertThat(costs.tariffAmount(Money.of(principal), LegalCostTariff.BASIC)).isEqualTo(Money.of(basic));
        assertThat(costs.tariffAmount(Money.of(principal), LegalCostTariff.HIGH)).isEqualTo(Money.of(high));
    }

    @ParameterizedTest(name = "filed {0} as {1}: {2}")
    @CsvSource({
            // spec §8 table: from 1.1.2025 (OM 1020/2024) and 2022–2024 (OM 1122/2021)
            "2025-01-01, UNDISPUTED_FILED_ELECTRONICALLY, 70.00",
            "2026-06-30, UNDISPUTED_FILED_OTHERWISE, 100.00",
            "2025-03-01, DISPUTED, 310.00",
            "2024-12-31, UNDISPUTED_FILED_ELECTRONICALLY, 65.00",
            "2022-01-01, UNDISPUTED_FILED_OTHERWISE, 86.00",
            "2023-05-05, DISPUTED, 270.00"
    })
    void courtFeeByFilingDateAndCase(LocalDate filedOn, CourtFeeCase feeCase, String fee) {
        assertThat(costs.courtFee(filedOn, feeCase)).isEqualTo(Money.of(fee));
    }

    @Test
    void anUnknownFeePeriodIsRefusedNotGuessed() {
        assertThatThrownBy(() -> costs.courtFee(LocalDate.parse("2021-12-31"), CourtFeeCase.DISPUTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-12-31");
    }

    @Test
    void summonsCostsAddTheCourtFeeOnTopOfTheTariff() {
        // spec §8 note: the tariff (50–160 €) plus the court fee (70 €): 120 € for a small undisputed claim.
        SummonsCosts summons = costs.summonsCosts(Money.of("120.00"), LegalCostTariff.BASIC, LocalDate.parse("2026-03-02"));

        assertThat(summons.tariffAmount()).isEqualTo(Money.of("50.00"));
        assertThat(summons.courtFee()).isEqualTo(Money.of("70.00"));
        assertThat(summons.total()).isEqualTo(Money.of("120.00"));
        assertThat(summons.explanation()).contains("basic tariff", "under 300 €", "1311/2001", "1455/2015",
                "OM asetus 1020/2024", "3 § 2 mom");
    }

    @Test
    void highTariffForALargeClaim() {
        SummonsCosts summons = costs.summonsCosts(Money.of("1800.00"), LegalCostTariff.HIGH, LocalDate.parse("2024-06-03"));

        assertThat(summons.total()).isEqualTo(Money.of("225.00"));
        assertThat(summons.explanation()).contains("high tariff", "over 1 000 €", "OM asetus 1122/2021");
    }
}
