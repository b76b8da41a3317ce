package fi.saatava.simulators.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.law.identifiers.Henkilotunnus;
import fi.saatava.law.identifiers.Iban;
import fi.saatava.law.identifiers.Validation;
import fi.saatava.law.identifiers.YTunnus;
import fi.saatava.law.money.Money;

/**
 * Reads a JSON request the way a strict counterpart would and collects one {@link FieldProblem} per bad field
 * (paths like {@code claims[1].amount}), so a 400 names every mistake at once. Problems never repeat the value.
 */
public final class RequestChecks {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}\\.\\d{2}");

    private final JsonNode node;
    private final String prefix;
    private final List<FieldProblem> problems;

    public RequestChecks(JsonNode body) {
        this(body, "", new ArrayList<>());
    }

    private RequestChecks(JsonNode node, String prefix, List<FieldProblem> problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** Checks of a nested object or array element, reported under {@code path}. */
    public RequestChecks within(String path, JsonNode child) {
        return new RequestChecks(child, name(path), problems);
    }

    public JsonNode node(String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            current = current.path(part);
        }
        return current;
    }

    public boolean present(String path) {
        JsonNode value = node(path);
        return !value.isMissingNode() && !value.isNull();
    }

    public String text(String path) {
        JsonNode value = node(path);
        if (!value.isTextual() || value.asText().isBlank()) {
            fail(path, "is required");
            return null;
        }
        return value.asText();
    }

    public Money amount(String path) {
        JsonNode value = node(path);
        if (!value.isTextual() || !AMOUNT.matcher(value.asText()).matches()) {
            fail(path, "must be an amount in euros as a string with two decimals, e.g. \"12.50\"");
            return null;
        }
        return Money.of(value.asText());
    }

    public Money optionalAmount(String path) {
        return present(path) ? amount(path) : null;
    }

    public LocalDate date(String path) {
        JsonNode value = node(path);
        try {
            if (value.isTextual()) {
                return LocalDate.parse(value.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        fail(path, "must be a date yyyy-MM-dd");
        return null;
    }

    public LocalDate optionalDate(String path) {
        return present(path) ? date(path) : null;
    }

    public boolean flag(String path) {
        JsonNode value = node(path);
        if (!value.isBoolean()) {
            fail(path, "must be true or false");
            return false;
        }
        return value.asBoolean();
    }

    /** The array at {@code path}; a problem unless it has at least one element. */
    public JsonNode nonEmptyArray(String path) {
        JsonNode value = node(path);
        if (!value.isArray() || value.isEmpty()) {
            fail(path, "must list at least one item");
        }
        return value;
    }

    public String oneOf(String path, List<String> allowed) {
        String value = text(path);
        if (value != null && !allowed.contains(value)) {
            fail(path, "must be one of " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    /** A henkilötunnus ({@code company} false) or Y-tunnus; the problem never repeats the code. */
    public void identityCode(String path, boolean company) {
        String code = text(path);
        if (code != null) {
            failIfInvalid(path, company ? YTunnus.validate(code) : Henkilotunnus.validate(code));
        }
    }

    public void iban(String path) {
        String iban = text(path);
        if (iban != null) {
            failIfInvalid(path, Iban.validate(iban));
        }
    }

    public void require(boolean condition, String path, String message) {
        if (!condition) {
            fail(path, message);
        }
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    private void failIfInvalid(String path, Validation validation) {
        if (!validation.valid()) {
            fail(path, validation.problem());
        }
    }

    private void fail(String path, String message) {
        problems.add(new FieldProblem(name(path), message));
    }

    private String name(String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }
}
