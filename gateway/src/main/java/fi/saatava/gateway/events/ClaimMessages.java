package fi.saatava.gateway.events;

import java.util.Optional;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.process.ProcessContract.Messages;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells a claim's process what happened to it, as the BPMN messages of {@code ProcessContract.Messages}, inside the
 * caller's transaction (the engine joins it): the message and what caused it commit together or not at all.
 */
@Component
public class ClaimMessages {

    private static final Logger log = LoggerFactory.getLogger(ClaimMessages.class);

    private final RuntimeService runtimeService;

    ClaimMessages(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Correlates the message to the claim's process instance (called processes of the claim are inside it).
     *
     * @return the message name if the process took it; empty if it has ended or nothing in it waits for the message
     */
    public Optional<String> send(Claim claim, String message) {
        if (claim.processInstanceId() == null || runtimeService.createProcessInstanceQuery()
                .processInstanceId(claim.processInstanceId()).count() == 0) {
            log.info("Claim {}: no running process for {}", claim.id(), message);
            return Optional.empty();
        }
        try {
            runtimeService.createMessageCorrelation(message)
                    .processInstanceId(claim.processInstanceId())
                    .correlateWithResult();
            log.info("Claim {}: {} correlated", claim.id(), message);
            return Optional.of(message);
        } catch (MismatchingMessageCorrelationException nothingWaits) {
            log.info("Claim {}: its process does not wait for {} now", claim.id(), message);
            return Optional.empty();
        }
    }

    /** After a payment or credit: the claim is paid in full when nothing is owed, otherwise its balance went down. */
    public Optional<String> balanceReduced(Claim claim, boolean nothingOwed) {
        return send(claim, nothingOwed ? Messages.CLAIM_PAID_IN_FULL : Messages.PAYMENT_RECEIVED);
    }
}
