package fi.saatava.worker.kit.privacy;

/** Personal identity codes are personal data: this is the only form in which one may appear in a log. */
public final class IdentityCodes {

    private IdentityCodes() {
    }

    /**
     * Masks every letter and digit but the last, keeping separators: {@code 131052-308T} → {@code ******-***T}.
     * Enough to tell two codes apart in a support case, not enough to identify anyone.
     */
    public static String mask(String identityCode) {
        if (identityCode == null || identityCode.isEmpty()) {
            return "(none)";
        }
        StringBuilder masked = new StringBuilder(identityCode.length());
        int last = identityCode.length() - 1;
        for (int i = 0; i < identityCode.length(); i++) {
            char c = identityCode.charAt(i);
            masked.append(i < last && Character.isLetterOrDigit(c) ? '*' : c);
        }
        return masked.toString();
    }
}
