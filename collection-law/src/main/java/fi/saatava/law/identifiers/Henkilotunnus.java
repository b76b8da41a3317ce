package fi.saatava.law.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Finnish personal identity code (henkilötunnus), {@code DDMMYYCZZZQ}, spec §12.1.
 *
 * <p>Accepts every century sign in force since 1.1.2023 (asetus 128/2010 2 § as amended by 690/2022): {@code +} for
 * the 1800s, {@code - Y X W V U} for the 1900s and {@code A B C D E F} for the 2000s. Rejects the temporary
 * individual numbers 900–999, the never-issued 000–001 and dates that do not exist.
 *
 * <p>An identity code is personal data: {@link #toString()} is masked and validation problems never repeat the input.
 */
public final class Henkilotunnus {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String CENTURY_SIGNS = "+-YXWVUABCDEF";

    private final String value;
    private final LocalDate birthDate;

    private Henkilotunnus(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Checks format, century sign, birth date, individual number and check character. Input is trimmed and upper-cased. */
    public static Validation validate(String text) {
        if (text == null || text.isBlank()) {
            return Validation.invalid("identity code is empty");
        }
        String code = normalize(text);
        if (code.length() != 11) {
            return Validation.invalid("identity code must be 11 characters (DDMMYYCZZZQ), got " + code.length());
        }
        if (!allDigits(code.substring(0, 6))) {
            return Validation.invalid("the first six characters (birth date DDMMYY) must be digits");
        }
        if (CENTURY_SIGNS.indexOf(code.charAt(6)) < 0) {
            return Validation.invalid("the 7th character (century sign) must be one of + - Y X W V U A B C D E F");
        }
        if (!allDigits(code.substring(7, 10))) {
            return Validation.invalid("characters 8-10 (individual number) must be digits");
        }
        if (birthDate(code) == null) {
            return Validation.invalid("the birth date does not exist");
        }
        int individual = Integer.parseInt(code.substring(7, 10));
        if (individual < 2) {
            return Validation.invalid("individual numbers 000 and 001 are never issued");
        }
        if (individual >= 900) {
            return Validation.invalid("individual numbers 900-999 are temporary codes and are not accepted");
        }
        char expected = checkCharacter(code.substring(0, 6) + code.substring(7, 10));
        if (code.charAt(10) != expected) {
            return Validation.invalid("check character should be " + expected);
        }
        return Validation.ok();
    }

    /**
     * A valid identity code.
     *
     * @throws IllegalArgumentException with the problem from {@link #validate(String)}
     */
    public static Henkilotunnus parse(String text) {
        validate(text).orThrow();
        String code = normalize(text);
        return new Henkilotunnus(code, birthDate(code));
    }

    /** The normalised code (upper case, trimmed). Personal data: do not log. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    private static String normalize(String text) {
        return text.trim().toUpperCase(Locale.ROOT);
    }

    private static char checkCharacter(String nineDigits) {
        return CHECK_CHARACTERS.charAt(Integer.parseInt(nineDigits) % 31);
    }

    private static LocalDate birthDate(String code) {
        int century = switch (code.charAt(6)) {
            case '+' -> 1800;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> 1900;
        };
        try {
            return LocalDate.of(century + Integer.parseInt(code.substring(4, 6)),
                    Integer.parseInt(code.substring(2, 4)), Integer.parseInt(code.substring(0, 2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean allDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Henkilotunnus other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked: identity codes must never reach logs. */
    @Override
    public String toString() {
        return "Henkilotunnus[******-****]";
    }
}
