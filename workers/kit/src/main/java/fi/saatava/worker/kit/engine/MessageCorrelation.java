package fi.saatava.worker.kit.engine;

import java.util.Map;

/**
 * Body of {@code POST /engine-rest/message}. {@code correlationKeys} must equal process variables of the waiting
 * instance; {@code processVariables} are set on it in the same transaction as the correlation.
 */
public record MessageCorrelation(
        String messageName,
        String businessKey,
        Map<String, TypedValue> correlationKeys,
        Map<String, TypedValue> processVariables) {
}
