package fi.saatava.gateway.claims.validation;

import java.time.Clock;
import java.time.LocalDate;

import fi.saatava.gateway.claims.InvoiceRequest;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Created by Spring's constraint validator factory, which injects the gateway clock. */
class ReminderDateValidator implements ConstraintValidator<ValidReminderDate, InvoiceRequest> {

    private static final String FIELD = "reminderSentOn";

    private final Clock clock;

    ReminderDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(InvoiceRequest invoice, ConstraintValidatorContext context) {
        if (invoice == null || invoice.reminderAlreadySent() == null) {
            return true;
        }
        LocalDate sentOn = invoice.reminderSentOn();
        if (!invoice.reminderAlreadySent()) {
            return sentOn == null || Violations.reject(context, FIELD, "must be absent when no reminder was sent");
        }
        if (sentOn == null) {
            return Violations.reject(context, FIELD, "is required when reminderAlreadySent is true");
        }
        if (sentOn.isAfter(LocalDate.now(clock))) {
            return Violations.reject(context, FIELD, "must not be in the future");
        }
        if (invoice.dueDate() != null && sentOn.isBefore(invoice.dueDate())) {
            return Violations.reject(context, FIELD, "must not be before the due date");
        }
        return true;
    }
}
