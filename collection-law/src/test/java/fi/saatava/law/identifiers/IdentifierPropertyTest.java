package fi.saatava.law.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.money.Money;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Every generated reference number, RF reference and virtual barcode validates (issue 3, "Done when"). */
class IdentifierPropertyTest {

    @Property
    void generatedReferenceNumbersValidate(@ForAll("bases") String base) {
        String reference = ReferenceNumber.generate(base);
        assertThat(ReferenceNumber.validate(reference)).isEqualTo(Validation.ok());
        assertThat(ReferenceNumber.validate(ReferenceNumber.format(reference))).isEqualTo(Validation.ok());
        assertThat(reference).startsWith(base).hasSize(base.length() + 1);
    }

    @Property
    void changingOneDigitOfAReferenceIsDetected(@ForAll("bases") String base, @ForAll @LongRange(min = 1, max = 9) long delta) {
        String reference = ReferenceNumber.generate(base);
        int last = reference.length() - 1;
        char changed = (char) ('0' + (reference.charAt(last) - '0' + delta) % 10);
        assertThat(ReferenceNumber.validate(reference.substring(0, last) + changed).valid()).isFalse();
    }

    @Property
    void generatedRfReferencesValidate(@ForAll("bases") String base, @ForAll("rfBodies") String body) {
        String national = RfReference.fromNational(ReferenceNumber.generate(base));
        assertThat(RfReference.validate(national)).isEqualTo(Validation.ok());
        assertThat(RfReference.validate(RfReference.format(national))).isEqualTo(Validation.ok());
        assertThat(RfReference.validate(RfReference.generate(body))).isEqualTo(Validation.ok());
    }

    @Property
    void generatedBarcodesValidate(@ForAll("ibans") String iban, @ForAll("bases") String base,
                                   @ForAll @LongRange(min = 0, max = 120_000_000) long cents, @ForAll("dueDates") LocalDate due) {
        String reference = ReferenceNumber.generate(base);
        Money amount = Money.ofCents(cents);
        String v4 = VirtualBarcode.version4(iban, reference, amount, due);
        String v5 = VirtualBarcode.version5(iban, RfReference.fromNational(reference), amount, due);

        for (String code : new String[] {v4, v5}) {
            assertThat(VirtualBarcode.validate(code)).isEqualTo(Validation.ok());
            assertThat(code).hasSize(54);
            assertThat(code.substring(1, 17)).isEqualTo(iban.substring(2));
            assertThat(Long.parseLong(code.substring(17, 25))).isEqualTo(cents > 99_999_999 ? 0 : cents);
        }
        assertThat(v4.substring(28, 48)).endsWith(reference);
    }

    @Provide
    Arbitrary<String> bases() {
        return Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(18).map(digits -> "1" + digits)
                .filter(base -> base.length() >= 3);
    }

    @Provide
    Arbitrary<String> rfBodies() {
        return Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(21);
    }

    @Provide
    Arbitrary<String> ibans() {
        return Arbitraries.strings().numeric().ofLength(14).map(bban -> "FI" + Mod97.checkDigits(bban, "FI") + bban);
    }

    @Provide
    Arbitrary<LocalDate> dueDates() {
        return Arbitraries.integers().between(0, 36_000).map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
    }
}
