package fi.saatava.gateway.claims.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a class-level constraint's problem on the one field it is about, so the API names that field. */
final class Violations {

    private Violations() {
    }

    static boolean reject(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(message))
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }

    /** Messages are literal text, never message templates or expressions. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
