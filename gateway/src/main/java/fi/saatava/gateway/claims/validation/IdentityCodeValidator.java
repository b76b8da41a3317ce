package fi.saatava.gateway.claims.validation;

import fi.saatava.gateway.claims.DebtorRequest;
import fi.saatava.gateway.claims.DebtorType;
import fi.saatava.law.identifiers.Validation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class IdentityCodeValidator implements ConstraintValidator<ValidIdentityCode, DebtorRequest> {

    @Override
    public boolean isValid(DebtorRequest debtor, ConstraintValidatorContext context) {
        if (debtor == null || debtor.identityCode() == null || debtor.identityCode().isBlank()) {
            return true; // @NotBlank reports it
        }
        DebtorType type = DebtorType.parse(debtor.type());
        if (type == null) {
            return true; // the type's own constraint reports it; the code cannot be judged without it
        }
        Validation validation = type.validateIdentityCode(debtor.identityCode());
        return validation.valid() || Violations.reject(context, "identityCode",
                "not a valid " + type.identityCodeName() + ": " + validation.problem());
    }
}
