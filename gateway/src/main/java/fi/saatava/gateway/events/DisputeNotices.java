package fi.saatava.gateway.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gateway's record of disputes: the DISPUTE_NOTICE events a creditor reported or an operator recorded through the
 * admin API, each stored only when the claim's process took {@code saatava.disputeRaised}. A dispute correlated
 * straight through the engine leaves no record.
 */
@Component
public class DisputeNotices {

    private final CreditorEventRepository events;
    private final ObjectMapper json;

    DisputeNotices(CreditorEventRepository events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    /**
     * The day the debtor's latest dispute reported after {@code after} was received (PerintäL 4 b §); empty when none
     * was reported since.
     *
     * @param after {@code null} for any time: e.g. when the previous dispute acknowledgement was prepared, so a
     *              dispute already acknowledged never lends its date to a later one
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> latestReceivedOn(UUID claimId, Instant after) {
        return events.ofClaim(claimId).stream()
                .filter(event -> event.type() == CreditorEventType.DISPUTE_NOTICE)
                .filter(event -> after == null || event.receivedAt().isAfter(after))
                .reduce((earlier, later) -> later)
                .map(this::receivedOn);
    }

    private LocalDate receivedOn(CreditorEvent event) {
        try {
            return ((CreditorEventRequest.DisputeNotice) json.readValue(event.body(), CreditorEventRequest.class))
                    .receivedOn();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Creditor event " + event.id() + " has an unreadable body", e);
        }
    }
}
