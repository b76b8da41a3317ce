package fi.saatava.law.identifiers;

/**
 * Finnish creditor reference (kotimainen viitenumero), spec §12.3: 3–19 base digits plus a 7-3-1 check digit, no
 * leading zero, printed in groups of five.
 */
public final class ReferenceNumber {

    private static final int[] WEIGHTS = {7, 3, 1};

    private ReferenceNumber() {
    }

    /**
     * Appends the check digit to a base of 3–19 digits without a leading zero, e.g. {@code generate("1111")} is
     * {@code "11112"}.
     *
     * @throws IllegalArgumentException if the base is not 3–19 digits or starts with 0
     */
    public static String generate(String base) {
        if (base == null || !base.matches("[1-9]\\d{2,18}")) {
            throw new IllegalArgumentException("reference base must be 3-19 digits without a leading zero");
        }
        return base + checkDigit(base);
    }

    /** Checks a reference written with or without the grouping spaces. */
    public static Validation validate(String text) {
        if (text == null || text.isBlank()) {
            return Validation.invalid("reference number is empty");
        }
        String reference = compact(text);
        if (!Henkilotunnus.allDigits(reference)) {
            return Validation.invalid("reference number may contain only digits (and grouping spaces)");
        }
        if (reference.length() < 4 || reference.length() > 20) {
            return Validation.invalid("reference number must be 4-20 digits including the check digit, got "
                    + reference.length());
        }
        if (reference.charAt(0) == '0') {
            return Validation.invalid("reference number must not start with 0");
        }
        int expected = checkDigit(reference.substring(0, reference.length() - 1));
        if (reference.charAt(reference.length() - 1) - '0' != expected) {
            return Validation.invalid("check digit should be " + expected);
        }
        return Validation.ok();
    }

    /** The reference without spaces. */
    public static String compact(String text) {
        return text.replace(" ", "").trim();
    }

    /** Groups of five digits counted from the right, as printed on letters, e.g. {@code "12 34561"}. */
    public static String format(String reference) {
        String digits = compact(reference);
        StringBuilder out = new StringBuilder();
        int head = digits.length() % 5;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - head) % 5 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** 7-3-1 weights from the right; check = (10 - sum mod 10) mod 10. */
    static int checkDigit(String base) {
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            sum += WEIGHTS[i % 3] * (base.charAt(base.length() - 1 - i) - '0');
        }
        return (10 - sum % 10) % 10;
    }
}
