package fi.saatava.law.court;

/**
 * The grounds on which a consumer claim may go to court before the demand's deadlines have expired (PerintäL 6 § 2 mom,
 * spec §3.3).
 */
public enum LegalCollectionException {
    /** The debtor disputed the claim. */
    DEBTOR_DISPUTED("the debtor disputed the claim"),
    /** The consumer asked in writing to suspend collection and move to legal collection (4 c §). */
    LEGAL_COLLECTION_REQUESTED("the debtor asked for collection to be suspended and moved to legal collection (4 c §)"),
    /** A risk of losing rights (e.g. limitation running out) or another weighty reason. */
    RISK_OF_LOSING_RIGHTS("a risk of losing rights or another weighty reason");

    private final String description;

    LegalCollectionException(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
