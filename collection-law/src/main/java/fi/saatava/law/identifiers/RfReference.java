package fi.saatava.law.identifiers;

/**
 * RF creditor reference (ISO 11649), spec §12.4: {@code RF} + two check digits + a body of up to 21 letters or
 * digits. In Finland the body is the national reference including its check digit.
 */
public final class RfReference {

    private RfReference() {
    }

    /**
     * The compact RF reference for a body, e.g. {@code generate("2348236")} is {@code "RF332348236"}.
     *
     * @throws IllegalArgumentException if the body is not 1–21 letters or digits
     */
    public static String generate(String body) {
        String compact = body == null ? "" : compact(body);
        if (!compact.matches("[0-9A-Z]{1,21}")) {
            throw new IllegalArgumentException("RF reference body must be 1-21 letters or digits");
        }
        return "RF" + Mod97.checkDigits(compact, "RF") + compact;
    }

    /** The RF reference of a valid Finnish national reference number (spec §12.4). */
    public static String fromNational(String nationalReference) {
        ReferenceNumber.validate(nationalReference).orThrow();
        return generate(ReferenceNumber.compact(nationalReference));
    }

    /** Checks a reference written with or without spaces; letters may be in either case. */
    public static Validation validate(String text) {
        if (text == null || text.isBlank()) {
            return Validation.invalid("RF reference is empty");
        }
        String reference = compact(text);
        if (!reference.startsWith("RF")) {
            return Validation.invalid("RF reference must start with RF");
        }
        if (!reference.matches("RF\\d{2}[0-9A-Z]{1,21}")) {
            return Validation.invalid(
                    "RF reference must be RF, two check digits and 1-21 letters or digits (at most 25 characters)");
        }
        if (!Mod97.isValid(reference)) {
            return Validation.invalid("check digits should be " + Mod97.checkDigits(reference.substring(4), "RF"));
        }
        return Validation.ok();
    }

    /** Upper case without spaces. */
    public static String compact(String text) {
        return Notation.compactUpperCase(text);
    }

    /** Groups of four from the left, as printed, e.g. {@code "RF33 2348 236"}. */
    public static String format(String reference) {
        return Notation.groupsOfFour(reference);
    }
}
