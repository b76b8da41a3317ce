package fi.saatava.gateway.claims.validation;

import java.time.Clock;
import java.time.LocalDate;

import fi.saatava.gateway.claims.DebtorRequest;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Created by Spring's constraint validator factory, which injects the gateway clock. */
class ValidElectronicLettersConsentValidator
        implements ConstraintValidator<ValidElectronicLettersConsent, DebtorRequest> {

    private final Clock clock;

    ValidElectronicLettersConsentValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(DebtorRequest debtor, ConstraintValidatorContext context) {
        if (debtor == null || debtor.electronicLettersConsent() == null) {
            return true;
        }
        if (debtor.email() == null || debtor.email().isBlank()) {
            return Violations.reject(context, "email", "is required with a consent to electronic letters");
        }
        LocalDate givenOn = debtor.electronicLettersConsent().givenOn();
        if (givenOn != null && givenOn.isAfter(LocalDate.now(clock))) {
            return Violations.reject(context, "electronicLettersConsent.givenOn", "must not be in the future");
        }
        return true;
    }
}
