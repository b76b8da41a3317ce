package fi.saatava.worker.creditcheck.gateway;

import fi.saatava.worker.kit.privacy.IdentityCodes;

/**
 * Whom to check, from {@code GET /api/internal/claims/{claimId}/credit-check-subject}.
 *
 * @param debtorType {@code CONSUMER} or {@code BUSINESS}
 */
public record CreditCheckSubject(String debtorType, String identityCode, String name) {

    public boolean isBusiness() {
        return "BUSINESS".equals(debtorType);
    }

    @Override
    public String toString() {
        return "CreditCheckSubject[debtorType=" + debtorType + ", identityCode=" + IdentityCodes.mask(identityCode) + "]";
    }
}
