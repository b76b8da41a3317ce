package fi.saatava.gateway.validation;

import fi.saatava.law.identifiers.Iban;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class IbanValidator implements ConstraintValidator<ValidIban, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || LawValidation.accept(Iban.validate(value), "not a valid IBAN", context);
    }
}
