package fi.saatava.law.identifiers;

/**
 * The outcome of validating an identifier (spec §12).
 *
 * @param valid   whether the text is a valid identifier
 * @param problem what is wrong, in words a person can act on (e.g. "check character should be T"); {@code null}
 *                when valid. Problems never repeat the input, so they are safe to log even for identity codes.
 */
public record Validation(boolean valid, String problem) {

    private static final Validation OK = new Validation(true, null);

    public static Validation ok() {
        return OK;
    }

    public static Validation invalid(String problem) {
        return new Validation(false, problem);
    }

    /** Throws {@link IllegalArgumentException} with the problem if invalid; used by the parsing factories. */
    void orThrow() {
        if (!valid) {
            throw new IllegalArgumentException(problem);
        }
    }
}
