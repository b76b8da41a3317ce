package fi.saatava.gateway.claims.validation;

import fi.saatava.gateway.claims.ClaimRequest;
import fi.saatava.gateway.claims.DebtorType;
import fi.saatava.gateway.claims.TermsRequest;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class ConsistentTermsValidator implements ConstraintValidator<ConsistentTerms, ClaimRequest> {

    @Override
    public boolean isValid(ClaimRequest claim, ConstraintValidatorContext context) {
        if (claim == null || claim.terms() == null || claim.debtor() == null) {
            return true;
        }
        DebtorType debtorType = DebtorType.parse(claim.debtor().type());
        if (debtorType == null) {
            return true; // the debtor type's own constraint reports it
        }
        TermsRequest terms = claim.terms();
        if (debtorType == DebtorType.BUSINESS && Boolean.TRUE.equals(terms.consumerClaim())) {
            return Violations.reject(context, "terms.consumerClaim",
                    "a business debtor's claim is never a consumer claim (PerintäL 3 §, spec §1)");
        }
        if (Boolean.TRUE.equals(terms.commercialPayment())
                && (debtorType != DebtorType.BUSINESS || Boolean.TRUE.equals(terms.consumerClaim()))) {
            return Violations.reject(context, "terms.commercialPayment",
                    "only a business debtor's payment for goods or services is a commercial payment "
                            + "(MaksuehtoL 1 §, spec §1)");
        }
        return true;
    }
}
