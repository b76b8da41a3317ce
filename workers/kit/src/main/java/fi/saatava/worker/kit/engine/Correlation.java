package fi.saatava.worker.kit.engine;

/** What became of one attempt to correlate a {@link FilingOutcome}. */
public enum Correlation {
    /** The waiting process took the message now. */
    CORRELATED(true),
    /** An earlier attempt had already delivered it (its result was lost): nothing was done twice. */
    ALREADY_CORRELATED(true),
    /** The task that filed is still open (its completion has not reached the engine yet): try again later. */
    FILING_PENDING(false),
    /** The process holds the filing but waits elsewhere now (an operator task, an earlier outcome): try again later. */
    NOT_WAITING(false),
    /** No running process holds the filing any more (the claim closed, or it was filed again): nobody will take it. */
    NO_PROCESS(true);

    private final boolean settled;

    Correlation(boolean settled) {
        this.settled = settled;
    }

    /** True when the outside system may forget the outcome (acknowledge it); false to offer it again at the next poll. */
    public boolean settled() {
        return settled;
    }
}
