package fi.saatava.simulators.creditbureau;

/**
 * The credit bureau's scripted outcomes, chosen by the last two digits of the subject's number: the individual
 * number of a henkilötunnus (characters 8–10, {@code 131052-308T} → 08) or the seven-digit body of a Y-tunnus
 * ({@code 2077474-0} → 74). A test picks a debtor whose code ends in the range it needs:
 *
 * <pre>
 * 00–49  CLEAN              no defaults, score 85, insolvency NONE
 * 50–59  PAYMENT_DEFAULTS   two defaults (court judgment, draft protest), score 35, NONE
 * 60–69  LOW_ABILITY        no defaults, score 12, NONE
 * 70–74  BANKRUPT           one default (enforcement: no assets), score 3, BANKRUPTCY
 * 75–79  DEBT_ADJUSTMENT    one default (credit default), score 8, DEBT_ADJUSTMENT
 * 80–84  RESTRUCTURING      no defaults, score 20, RESTRUCTURING
 * 85–89  UNAVAILABLE        503 on every delivery (the worker retries, then raises an incident)
 * 90–99  FLAKY              503 on the first delivery of an idempotency key, then CLEAN
 * </pre>
 */
public enum ScriptedOutcome {
    CLEAN, PAYMENT_DEFAULTS, LOW_ABILITY, BANKRUPT, DEBT_ADJUSTMENT, RESTRUCTURING, UNAVAILABLE, FLAKY;

    /** The outcome for a valid identity code of the given subject type. */
    public static ScriptedOutcome of(String subjectType, String identityCode) {
        String code = identityCode.trim();
        String digits = "COMPANY".equals(subjectType) ? code.substring(5, 7) : code.substring(8, 10);
        int n = Integer.parseInt(digits);
        if (n < 50) {
            return CLEAN;
        }
        if (n >= 90) {
            return FLAKY;
        }
        return switch (n / 5) {
            case 10, 11 -> PAYMENT_DEFAULTS;
            case 12, 13 -> LOW_ABILITY;
            case 14 -> BANKRUPT;
            case 15 -> DEBT_ADJUSTMENT;
            case 16 -> RESTRUCTURING;
            default -> UNAVAILABLE;
        };
    }
}
