package fi.saatava.gateway.claims.validation;

import java.time.Clock;
import java.time.LocalDate;

import fi.saatava.gateway.claims.InvoiceRequest;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Created by Spring's constraint validator factory, which injects the gateway clock. */
class OverdueValidator implements ConstraintValidator<Overdue, InvoiceRequest> {

    private final Clock clock;

    OverdueValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(InvoiceRequest invoice, ConstraintValidatorContext context) {
        if (invoice == null || invoice.dueDate() == null || invoice.dueDate().isBefore(LocalDate.now(clock))) {
            return true;
        }
        return Violations.reject(context, "dueDate",
                "must be in the past: only an overdue claim is collected (PerintäL 1 §)");
    }
}
