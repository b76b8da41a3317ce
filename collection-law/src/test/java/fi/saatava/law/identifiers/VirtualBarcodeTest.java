package fi.saatava.law.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.saatava.law.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec §12.6. */
class VirtualBarcodeTest {

    private static final String IBAN = "FI37 1590 3000 0007 76";

    @Test
    void version4VectorFromTheSpec() {
        String code = VirtualBarcode.version4(IBAN, "11112", Money.of("12.25"), LocalDate.parse("2016-12-21"));
        assertThat(code).isEqualTo("437159030000007760000122500000000000000000011112161221");
        assertThat(VirtualBarcode.validate(code)).isEqualTo(Validation.ok());
    }

    @Test
    void version5VectorFromTheSpec() {
        String code = VirtualBarcode.version5(IBAN, "RF98 11112", Money.of("1.10"), LocalDate.parse("2017-01-01"));
        assertThat(code).isEqualTo("537159030000007760000011098000000000000000011112170101");
        assertThat(VirtualBarcode.validate(code)).isEqualTo(Validation.ok());
    }

    @Test
    void noAmountOrAmountAboveTheFieldAndNoDueDateAreZeros() {
        assertThat(VirtualBarcode.version4(IBAN, "11112", null, null))
                .isEqualTo("437159030000007760000000000000000000000000011112000000");
        assertThat(VirtualBarcode.version4(IBAN, "11112", Money.of("1000000.00"), null).substring(17, 25))
                .isEqualTo("00000000");
        assertThat(VirtualBarcode.version4(IBAN, "11112", Money.of("999999.99"), null).substring(17, 25))
                .isEqualTo("99999999");
    }

    @Test
    void refusesWhatDoesNotFit() {
        assertThatThrownBy(() -> VirtualBarcode.version4(IBAN, "11113", Money.ZERO, null))
                .hasMessage("check digit should be 2");
        assertThatThrownBy(() -> VirtualBarcode.version5(IBAN, RfReference.generate("ABC123"), Money.ZERO, null))
                .hasMessageContaining("numeric body");
        assertThatThrownBy(() -> VirtualBarcode.version4("FI38 1590 3000 0007 76", "11112", Money.ZERO, null))
                .hasMessage("check digits should be 37");
        assertThatThrownBy(() -> VirtualBarcode.version4(IBAN, "11112", Money.of("-1"), null))
                .hasMessageContaining("negative");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "43715903000000776000012250000000000000000001111216122 | virtual barcode must be 54 digits",
            "637159030000007760000122500000000000000000011112161221 | version (first digit) must be 4 or 5",
            "438159030000007760000122500000000000000000011112161221 | account (digits 2-17): check digits should be 37",
            "437159030000007760000122500100000000000000011112161221 | digits 26-28 of a version 4 barcode must be 000",
            "437159030000007760000122500000000000000000011113161221 | reference (digits 26-48): check digit should be 2",
            "537159030000007760000011097000000000000000011112170101 | reference (digits 26-48): check digits should be 98",
            "437159030000007760000122500000000000000000011112161321 | due date (digits 49-54) must be YYMMDD or 000000"})
    void invalidBarcodesSayWhichFieldIsWrong(String code, String problem) {
        assertThat(VirtualBarcode.validate(code)).isEqualTo(Validation.invalid(problem));
    }
}
