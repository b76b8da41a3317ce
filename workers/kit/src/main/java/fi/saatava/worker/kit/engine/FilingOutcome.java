package fi.saatava.worker.kit.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One outcome an outside system reported later about a filing (a court decision, an enforcement remittance), to be
 * correlated as a message to the claim's process.
 *
 * @param filingVariable  process variable that holds the id of the filing the process waits on
 * @param filingId        the filing this outcome belongs to (the id of the external task that filed it)
 * @param counterVariable Integer process variable counting the filing's outcomes correlated so far
 * @param sequence        1-based position of this outcome among the filing's outcomes, as the outside system numbers them
 * @param variables       small values the message sets on the process (no personal data)
 */
public record FilingOutcome(
        String messageName,
        String businessKey,
        String filingVariable,
        String filingId,
        String counterVariable,
        int sequence,
        Map<String, Object> variables) {

    public FilingOutcome {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        // a message may clear a variable, so null values are kept
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }
}
