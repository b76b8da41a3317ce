package fi.saatava.gateway.claims.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Only an overdue claim is collected (PerintäL 1 §): the due date has passed. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OverdueValidator.class)
public @interface Overdue {

    String message() default "must be in the past";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
