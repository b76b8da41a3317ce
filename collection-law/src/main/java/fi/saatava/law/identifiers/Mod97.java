package fi.saatava.law.identifiers;

import java.math.BigInteger;

/** ISO 7064 MOD 97-10, shared by IBAN (ISO 13616) and the RF creditor reference (ISO 11649); spec §12.4, §12.5. */
final class Mod97 {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Mod97() {
    }

    /** Letters become numbers (A=10 … Z=35), digits stay; the input must be upper-case alphanumeric. */
    static String lettersToDigits(String text) {
        StringBuilder digits = new StringBuilder(text.length() * 2);
        for (char c : text.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return digits.toString();
    }

    /** The remainder of the letters-to-digits number of {@code text} modulo 97. */
    static int remainder(String text) {
        return new BigInteger(lettersToDigits(text)).mod(NINETY_SEVEN).intValue();
    }

    /**
     * Two check digits for {@code body} with the given prefix (e.g. "RF" or "FI"): {@code 98 - (body + prefix + "00") mod 97}.
     */
    static String checkDigits(String body, String prefix) {
        return String.format("%02d", 98 - remainder(body + prefix + "00"));
    }

    /** Whether a code written as {@code prefix + check + body} passes: moving the first four characters to the end gives 1. */
    static boolean isValid(String code) {
        return remainder(code.substring(4) + code.substring(0, 4)) == 1;
    }
}
