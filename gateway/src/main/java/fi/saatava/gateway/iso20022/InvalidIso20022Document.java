package fi.saatava.gateway.iso20022;

import java.util.List;

/** A document that is not well-formed, does not follow its ISO 20022 schema or cannot be used as it says. */
public class InvalidIso20022Document extends RuntimeException {

    private final transient List<String> problems;

    public InvalidIso20022Document(Iso20022Schema schema, List<String> problems) {
        super("Not a valid " + schema.name() + " document: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, with its line and column where known. */
    public List<String> problems() {
        return problems;
    }
}
