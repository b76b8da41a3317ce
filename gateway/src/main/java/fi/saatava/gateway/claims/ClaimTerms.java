package fi.saatava.gateway.claims;

import java.math.BigDecimal;

import fi.saatava.law.ClaimKind;

/**
 * How collection law classifies a stored claim (spec §1).
 *
 * @param contractualInterestRate percent per year agreed before the due date, {@code null} if none
 */
public record ClaimTerms(boolean consumerClaim, boolean commercialPayment, boolean directlyEnforceable,
                         BigDecimal contractualInterestRate) {

    public ClaimKind claimKind() {
        return consumerClaim ? ClaimKind.CONSUMER : ClaimKind.OTHER;
    }

    /** The terms a request states, with the defaults for what it leaves out. */
    static ClaimTerms of(TermsRequest request, DebtorType debtorType) {
        TermsRequest terms = request == null ? new TermsRequest(null, null, null, null) : request;
        return new ClaimTerms(
                terms.consumerClaim() == null ? debtorType == DebtorType.CONSUMER : terms.consumerClaim(),
                Boolean.TRUE.equals(terms.commercialPayment()),
                Boolean.TRUE.equals(terms.directlyEnforceable()),
                terms.contractualInterestRate() == null ? null : new BigDecimal(terms.contractualInterestRate()));
    }
}
