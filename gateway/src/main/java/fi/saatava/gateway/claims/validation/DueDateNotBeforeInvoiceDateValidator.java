package fi.saatava.gateway.claims.validation;

import fi.saatava.gateway.claims.InvoiceRequest;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class DueDateNotBeforeInvoiceDateValidator implements ConstraintValidator<DueDateNotBeforeInvoiceDate, InvoiceRequest> {

    @Override
    public boolean isValid(InvoiceRequest invoice, ConstraintValidatorContext context) {
        if (invoice == null || invoice.invoiceDate() == null || invoice.dueDate() == null
                || !invoice.dueDate().isBefore(invoice.invoiceDate())) {
            return true;
        }
        return Violations.reject(context, "dueDate", "must not be before the invoice date");
    }
}
