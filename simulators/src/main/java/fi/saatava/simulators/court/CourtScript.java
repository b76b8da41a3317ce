package fi.saatava.simulators.court;

/**
 * What the simulated court decides, by the defendant's {@code ScriptDigits} (the delivery itself follows
 * {@code DeliveryScript}, so 85–99 also end in a default judgment once the filing got through):
 *
 * <pre>
 * 00–39  DEFAULT_JUDGMENT           the defendant does not answer (OK 5:13), after the decision delay
 * 40–49  DISPUTED                   the defendant disputes; the case leaves summary proceedings
 * 50–59  DELAYED_DEFAULT_JUDGMENT   default judgment after 10 × the decision delay
 * 60–69  DEFAULT_JUDGMENT
 * 70–74  DISMISSED                  the defendant is bankrupt: no new suit against the estate (KonkL 3:4)
 * 75–79  DEFAULT_JUDGMENT           debt adjustment does not bar a suit for a title (VJL 13 §)
 * 80–84  NO_DECISION                the court never answers (the process's timeout path)
 * 85–99  DEFAULT_JUDGMENT
 * </pre>
 */
public enum CourtScript {
    DEFAULT_JUDGMENT, DISPUTED, DELAYED_DEFAULT_JUDGMENT, DISMISSED, NO_DECISION;

    static final int DELAY_FACTOR = 10;

    public static CourtScript of(int digits) {
        if (digits < 40 || (digits >= 60 && digits < 70) || (digits >= 75 && digits < 80) || digits >= 85) {
            return DEFAULT_JUDGMENT;
        }
        if (digits < 50) {
            return DISPUTED;
        }
        if (digits < 60) {
            return DELAYED_DEFAULT_JUDGMENT;
        }
        return digits < 75 ? DISMISSED : NO_DECISION;
    }
}
