package fi.saatava.law.identifiers;

/**
 * Finnish business ID (Y-tunnus), {@code NNNNNNN-T}, spec §12.2: weights 7, 9, 10, 5, 8, 4, 2; remainder 0 gives
 * check 0, remainder 1 is never issued, otherwise the check is 11 minus the remainder.
 */
public final class YTunnus {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private YTunnus() {
    }

    /** Checks the format {@code NNNNNNN-T} and the check digit. Input is trimmed. */
    public static Validation validate(String text) {
        if (text == null || text.isBlank()) {
            return Validation.invalid("business ID is empty");
        }
        String id = text.trim();
        if (!id.matches("\\d{7}-\\d")) {
            return Validation.invalid("business ID must be seven digits, a hyphen and a check digit (NNNNNNN-T)");
        }
        int remainder = weightedSum(id.substring(0, 7)) % 11;
        if (remainder == 1) {
            return Validation.invalid("no business ID has these seven digits (the check would be 10; such IDs are never issued)");
        }
        int expected = remainder == 0 ? 0 : 11 - remainder;
        if (id.charAt(8) - '0' != expected) {
            return Validation.invalid("check digit should be " + expected);
        }
        return Validation.ok();
    }

    private static int weightedSum(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }
}
