package fi.saatava.process.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The values of the string constants of one nested class of {@code ProcessContract}. */
public final class ContractNames {

    private ContractNames() {
    }

    public static Set<String> of(Class<?> constants) {
        return Arrays.stream(constants.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(ContractNames::value)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("constant not readable: " + field, e);
        }
    }
}
