package fi.saatava.gateway.claims;

import java.math.BigDecimal;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.interest.InterestTerms;

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

    /**
     * The late-interest rule (spec §6.1): reference rate + 7 pp (KorkoL 4 § 1 mom), + 8 pp for a commercial payment
     * (4 a § 1 mom), continued at a higher agreed rate (4 § 2 mom, 4 a § 2 mom).
     */
    public InterestTerms interestTerms() {
        InterestTerms statutory = commercialPayment ? InterestTerms.commercial() : InterestTerms.ordinary();
        return contractualInterestRate == null ? statutory : statutory.withContractualRate(contractualInterestRate);
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
