package fi.saatava.gateway.process;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Tells a claim's collection process about something that happened outside it, by message correlated with business
 * key = claim id, in the caller's transaction.
 */
@Component
public class ClaimMessages {

    private final RuntimeService runtimeService;

    ClaimMessages(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * @return whether a process of the claim took the message; false when none was waiting for it (the process ended
     *         or is somewhere without a subscription). Never throws for that case, so the caller's transaction stays
     *         good and the caller decides what the operator sees.
     */
    public boolean deliver(UUID claimId, String message, Map<String, Object> variables) {
        return !runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(claimId.toString())
                .setVariables(variables)
                .correlateAllWithResult()
                .isEmpty();
    }
}
