package fi.saatava.worker.kit.engine;

/**
 * A variable value as the engine REST API writes it: {@code {"value": 3, "type": "Integer"}}. Only the types that
 * variables may hold here (ids and small values, never documents): String, Integer, Long, Boolean, or null.
 */
public record TypedValue(Object value, String type) {

    public static TypedValue of(Object value) {
        if (value == null) {
            return new TypedValue(null, "Null");
        }
        if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return new TypedValue(value, value.getClass().getSimpleName());
        }
        throw new IllegalArgumentException("not a small variable value: " + value.getClass().getName());
    }
}
