package fi.saatava.gateway.claims.validation;

import java.util.Objects;
import java.util.regex.Pattern;

import fi.saatava.gateway.claims.InvoiceLineRequest;
import fi.saatava.gateway.claims.InvoiceRequest;
import fi.saatava.law.money.Money;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class LinesAddUpToPrincipalValidator implements ConstraintValidator<LinesAddUpToPrincipal, InvoiceRequest> {

    private static final Pattern EUROS = Pattern.compile("\\d{1,9}\\.\\d{2}");

    @Override
    public boolean isValid(InvoiceRequest invoice, ConstraintValidatorContext context) {
        if (invoice == null || invoice.lines() == null || invoice.lines().isEmpty() || !euros(invoice.principal())
                || !invoice.lines().stream().allMatch(line -> line != null && euros(line.amount()))) {
            return true; // each amount's own constraint reports a missing or malformed amount
        }
        Money sum = invoice.lines().stream().map(InvoiceLineRequest::amount).map(Money::of)
                .reduce(Money.ZERO, Money::plus);
        return sum.equals(Money.of(invoice.principal())) || Violations.reject(context, "lines",
                "must add up to the principal " + invoice.principal() + ", but add up to " + sum);
    }

    private static boolean euros(String amount) {
        return Objects.nonNull(amount) && EUROS.matcher(amount).matches();
    }
}
