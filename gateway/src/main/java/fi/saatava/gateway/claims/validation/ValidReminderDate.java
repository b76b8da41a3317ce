package fi.saatava.gateway.claims.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The creditor's reminder date is given exactly when a reminder was sent, is not in the future and not before the
 * due date: a reminder is a reminder after the due date (PerintäL 5 § 1 mom, spec §3.3), and the next letter's
 * earliest legal date counts from it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReminderDateValidator.class)
public @interface ValidReminderDate {

    String message() default "invalid reminder date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
