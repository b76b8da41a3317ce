package fi.saatava.worker.draftprotest.bureau;

/** What is done with a claim's tratta at the bureau; with the claim id it is the call's idempotency key. */
public enum DraftAction {
    REGISTER, PUBLISH, REMOVE;

    /** {@code <claimId>:<ACTION>}: a claim has at most one tratta, published once and paid once. */
    public String key(String claimId) {
        return claimId + ":" + name();
    }
}
