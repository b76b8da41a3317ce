package fi.saatava.law.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec §12.2–§12.5 test vectors and the problems reported for bad input. */
class BusinessAndPaymentIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2077474-0", "0112038-9", "1572860-0", "0737546-2"})
    void validBusinessIds(String id) {
        assertThat(YTunnus.validate(id)).isEqualTo(Validation.ok());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "2077474-1 | check digit should be 0",
            "20774740  | business ID must be seven digits, a hyphen and a check digit (NNNNNNN-T)",
            "0000006-0 | no business ID has these seven digits (the check would be 10; such IDs are never issued)"})
    void invalidBusinessIds(String id, String problem) {
        assertThat(YTunnus.validate(id)).isEqualTo(Validation.invalid(problem));
    }

    @ParameterizedTest(name = "base {0} -> {1}")
    @CsvSource({"1111, 11112", "234823, 2348236", "123, 1232", "100, 1009", "1234567890123456789, 12345678901234567894"})
    void referenceNumberCheckDigit(String base, String reference) {
        assertThat(ReferenceNumber.generate(base)).isEqualTo(reference);
        assertThat(ReferenceNumber.validate(reference).valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "0111", "12345678901234567890", "12a4"})
    void referenceBaseMustBeThreeToNineteenDigitsWithoutLeadingZero(String base) {
        assertThatThrownBy(() -> ReferenceNumber.generate(base)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "11113                 | check digit should be 2",
            "112                   | reference number must be 4-20 digits including the check digit, got 3",
            "123456789012345678945 | reference number must be 4-20 digits including the check digit, got 21",
            "011112                | reference number must not start with 0",
            "1111-2                | reference number may contain only digits (and grouping spaces)"})
    void invalidReferences(String reference, String problem) {
        assertThat(ReferenceNumber.validate(reference)).isEqualTo(Validation.invalid(problem));
    }

    @Test
    void referenceIsPrintedInGroupsOfFiveFromTheRight() {
        assertThat(ReferenceNumber.format("12345678901234567894")).isEqualTo("12345 67890 12345 67894");
        assertThat(ReferenceNumber.format("2348236")).isEqualTo("23 48236");
        assertThat(ReferenceNumber.validate("23 48236").valid()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2348236, RF33 2348 236", "11112, RF98 1111 2"})
    void rfFromNationalReference(String national, String printed) {
        String rf = RfReference.fromNational(national);
        assertThat(RfReference.format(rf)).isEqualTo(printed);
        assertThat(RfReference.validate(printed).valid()).isTrue();
    }

    @Test
    void rfVectorsFromTheSpec() {
        assertThat(RfReference.validate("RF18 5390 0754 7034")).isEqualTo(Validation.ok());
        assertThat(RfReference.validate("rf18539007547034").valid()).isTrue();
        assertThat(RfReference.generate("539007547034")).isEqualTo("RF18539007547034");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "RF19 5390 0754 7034             | check digits should be 18",
            "XX18 5390 0754 7034             | RF reference must start with RF",
            "RF18 5390 0754 7034 1234 5678 90 | RF reference must be RF, two check digits and 1-21 letters or digits (at most 25 characters)"})
    void invalidRfReferences(String reference, String problem) {
        assertThat(RfReference.validate(reference)).isEqualTo(Validation.invalid(problem));
    }

    @Test
    void ibanVectors() {
        assertThat(Iban.validate("FI37 1590 3000 0007 76")).isEqualTo(Validation.ok());
        assertThat(Iban.validate("FI2112345600000785")).isEqualTo(Validation.ok());
        assertThat(Iban.format("fi3715903000000776")).isEqualTo("FI37 1590 3000 0007 76");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "FI38 1590 3000 0007 76 | check digits should be 37",
            "FI37 1590 3000 0007 7  | a Finnish IBAN is FI followed by 16 digits (18 characters)",
            "SE45 5000 0000 0583 9825 7466 | only Finnish IBANs (starting with FI) are accepted"})
    void invalidIbans(String iban, String problem) {
        assertThat(Iban.validate(iban)).isEqualTo(Validation.invalid(problem));
    }
}
