package fi.saatava.gateway.claims.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An invoice cannot fall due before it was issued. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DueDateNotBeforeInvoiceDateValidator.class)
public @interface DueDateNotBeforeInvoiceDate {

    String message() default "must not be before the invoice date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
