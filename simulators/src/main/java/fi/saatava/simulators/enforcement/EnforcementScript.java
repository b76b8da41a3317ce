package fi.saatava.simulators.enforcement;

/**
 * What the simulated enforcement authority achieves, by the respondent's {@code ScriptDigits} (the delivery itself
 * follows {@code DeliveryScript}, so 85–99 are paid in full once the application got through):
 *
 * <pre>
 * 00–49  PAID_IN_FULL         one remittance of the whole amount, after the outcome delay
 * 50–59  PARTIAL_THEN_PAID    half after the delay, the rest after twice the delay
 * 60–79  NO_ASSETS            an obstacle certificate (estetodistus, UK 3:95) after the delay
 * 80–84  NO_OUTCOME           enforcement goes on with nothing to report
 * 85–99  PAID_IN_FULL
 * </pre>
 */
public enum EnforcementScript {
    PAID_IN_FULL, PARTIAL_THEN_PAID, NO_ASSETS, NO_OUTCOME;

    public static EnforcementScript of(int digits) {
        if (digits < 50 || digits >= 85) {
            return PAID_IN_FULL;
        }
        if (digits < 60) {
            return PARTIAL_THEN_PAID;
        }
        return digits < 80 ? NO_ASSETS : NO_OUTCOME;
    }
}
