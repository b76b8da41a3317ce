package fi.saatava.gateway.claims.validation;

import java.util.regex.Pattern;

import fi.saatava.law.money.Money;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class PositiveEuroAmountValidator implements ConstraintValidator<PositiveEuroAmount, String> {

    /** Up to 999 999 999.99 €, what the ledger's numeric(11, 2) columns hold. */
    private static final Pattern EUROS = Pattern.compile("-?\\d{1,9}\\.\\d{2}");

    @Override
    public boolean isValid(String amount, ConstraintValidatorContext context) {
        if (amount == null) {
            return true;
        }
        if (!EUROS.matcher(amount).matches()) {
            return false;
        }
        if (Money.of(amount).isPositive()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must be greater than 0.00").addConstraintViolation();
        return false;
    }
}
