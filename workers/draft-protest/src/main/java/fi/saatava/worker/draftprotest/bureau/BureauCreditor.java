package fi.saatava.worker.draftprotest.bureau;

import fi.saatava.worker.kit.party.Organisation;

/** The creditor as the bureau identifies it. */
public record BureauCreditor(String name, String businessId) {

    public static BureauCreditor of(Organisation creditor) {
        return new BureauCreditor(creditor.name(), creditor.businessId());
    }
}
