package fi.saatava.gateway.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A Y-tunnus with a valid check digit (spec §12.2); {@code null} is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BusinessIdValidator.class)
public @interface ValidBusinessId {

    String message() default "not a valid Y-tunnus";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
