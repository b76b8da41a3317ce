package fi.saatava.gateway.validation;

import fi.saatava.law.identifiers.YTunnus;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class BusinessIdValidator implements ConstraintValidator<ValidBusinessId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || LawValidation.accept(YTunnus.validate(value), "not a valid Y-tunnus", context);
    }
}
