package fi.saatava.law.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HenkilotunnusTest {

    @ParameterizedTest(name = "{0} is valid, born {1}")
    @CsvSource({"131052-308T, 1952-10-13", "010594Y803U, 1994-05-01", "010594-0020, 1994-05-01",
            "290200A1239, 2000-02-29", "290200F1239, 2000-02-29", "010180+456T, 1880-01-01",
            "311299U8997, 1999-12-31", "150615B624H, 2015-06-15", " 131052-308t , 1952-10-13"})
    void validCodesInEveryCenturySign(String code, LocalDate birthDate) {
        assertThat(Henkilotunnus.validate(code)).isEqualTo(Validation.ok());
        assertThat(Henkilotunnus.parse(code).birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "131052-308A | check character should be T",
            "131052-308  | identity code must be 11 characters (DDMMYYCZZZQ), got 10",
            "1310X2-308T | the first six characters (birth date DDMMYY) must be digits",
            "131052G308T | the 7th character (century sign) must be one of + - Y X W V U A B C D E F",
            "131052-3O8T | characters 8-10 (individual number) must be digits",
            "290200-1239 | the birth date does not exist",
            "310452-308T | the birth date does not exist",
            "010594Y9032 | individual numbers 900-999 are temporary codes and are not accepted",
            "131052-001X | individual numbers 000 and 001 are never issued"})
    void invalidCodesSayWhatIsWrong(String code, String problem) {
        assertThat(Henkilotunnus.validate(code)).isEqualTo(Validation.invalid(problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyIsInvalid(String code) {
        assertThat(Henkilotunnus.validate(code).problem()).isEqualTo("identity code is empty");
        assertThat(Henkilotunnus.validate(null).valid()).isFalse();
    }

    @Test
    void problemsAndToStringNeverRevealTheCode() {
        assertThatThrownBy(() -> Henkilotunnus.parse("131052-308A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("check character should be T")
                .message().doesNotContain("131052");
        Henkilotunnus code = Henkilotunnus.parse("131052-308T");
        assertThat(code.toString()).doesNotContain("131052").doesNotContain("308");
        assertThat(code.value()).isEqualTo("131052-308T");
        assertThat(code).isEqualTo(Henkilotunnus.parse("131052-308t"));
    }
}
