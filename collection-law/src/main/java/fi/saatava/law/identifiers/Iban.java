package fi.saatava.law.identifiers;

/**
 * Finnish IBAN, spec §12.5: {@code FI} + two check digits + a 14-digit BBAN (18 characters), ISO 13616 MOD 97-10.
 * Only FI is accepted: it is the only country the virtual bank barcode can carry (spec §12.6), and the AX variant is
 * UNCONFIRMED in the spec.
 */
public final class Iban {

    private Iban() {
    }

    /** Checks a Finnish IBAN written with or without spaces. */
    public static Validation validate(String text) {
        if (text == null || text.isBlank()) {
            return Validation.invalid("IBAN is empty");
        }
        String iban = compact(text);
        if (!iban.startsWith("FI")) {
            return Validation.invalid("only Finnish IBANs (starting with FI) are accepted");
        }
        if (!iban.matches("FI\\d{16}")) {
            return Validation.invalid("a Finnish IBAN is FI followed by 16 digits (18 characters)");
        }
        if (!Mod97.isValid(iban)) {
            return Validation.invalid("check digits should be " + Mod97.checkDigits(iban.substring(4), "FI"));
        }
        return Validation.ok();
    }

    /** Upper case without spaces. */
    public static String compact(String text) {
        return Notation.compactUpperCase(text);
    }

    /** Groups of four, as printed: {@code "FI37 1590 3000 0007 76"}. */
    public static String format(String iban) {
        return Notation.groupsOfFour(iban);
    }
}
