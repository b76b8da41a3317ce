package fi.saatava.worker.creditcheck.bureau;

import fi.saatava.worker.kit.privacy.IdentityCodes;

/**
 * Body of {@code POST /reports}. The identity code travels only in this body, never in a URL.
 *
 * @param subjectType {@code PERSON} or {@code COMPANY}
 * @param purpose     the statutory purpose of the query; always {@value #DEBT_COLLECTION} here
 */
public record CreditReportRequest(String subjectType, String identityCode, String purpose) {

    public static final String DEBT_COLLECTION = "DEBT_COLLECTION";

    public static CreditReportRequest forCollection(boolean company, String identityCode) {
        return new CreditReportRequest(company ? "COMPANY" : "PERSON", identityCode, DEBT_COLLECTION);
    }

    @Override
    public String toString() {
        return "CreditReportRequest[subjectType=" + subjectType + ", identityCode=" + IdentityCodes.mask(identityCode)
                + ", purpose=" + purpose + "]";
    }
}
