package fi.saatava.law.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassiveRegistrationTest {

    @ParameterizedTest(name = "certificate {0}: passive until {1}")
    @CsvSource({
            "2026-04-15, 2028-04-15", // spec §9, UK 3:102: 2 years from the certificate
            "2028-02-29, 2030-02-28"  // a leap day ends on the last day of February
    })
    void twoYearsFromTheCertificate(LocalDate certificate, LocalDate end) {
        assertThat(PassiveRegistration.endsOn(certificate)).isEqualTo(end);
    }
}
