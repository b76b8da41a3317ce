package fi.saatava.gateway.claims.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The debtor's identity code is a valid henkilötunnus (consumer) or Y-tunnus (business), spec §12.1–12.2. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IdentityCodeValidator.class)
public @interface ValidIdentityCode {

    String message() default "invalid identity code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
