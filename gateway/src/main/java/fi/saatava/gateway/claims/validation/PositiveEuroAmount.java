package fi.saatava.gateway.claims.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Euros as a string with exactly two decimals, greater than zero. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PositiveEuroAmountValidator.class)
public @interface PositiveEuroAmount {

    String message() default "must be euros with two decimals and a '.' separator, e.g. 120.00";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
