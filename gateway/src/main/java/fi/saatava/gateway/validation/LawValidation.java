package fi.saatava.gateway.validation;

import fi.saatava.law.identifiers.Validation;
import jakarta.validation.ConstraintValidatorContext;

/** Turns a collection-law identifier check into a constraint violation that says what is wrong. */
final class LawValidation {

    private LawValidation() {
    }

    /** Law problems never repeat the input (collection-law README), so they are safe to put in a response. */
    static boolean accept(Validation validation, String what, ConstraintValidatorContext context) {
        if (validation.valid()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(what + ": " + validation.problem()))
                .addConstraintViolation();
        return false;
    }

    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
