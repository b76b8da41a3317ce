package fi.saatava.gateway.events;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.gateway.ledger.LedgerEntry;
import org.springframework.stereotype.Component;

/** Shows a stored event with the ledger entry it booked. */
@Component
public class CreditorEventViews {

    private final ObjectMapper json;

    CreditorEventViews(ObjectMapper json) {
        this.json = json;
    }

    CreditorEventView of(CreditorEvent event, Map<UUID, LedgerEntry> entries) {
        LedgerEntry entry = event.ledgerEntryId() == null ? null : entries.get(event.ledgerEntryId());
        return new CreditorEventView(event.id(), event.type().name(), event.eventReference(), event.receivedAt(),
                body(event), entry == null ? null : entryView(entry), event.messageName(),
                event.recordedBy().name());
    }

    public static CreditorEventView.LedgerEntryView entryView(LedgerEntry entry) {
        return new CreditorEventView.LedgerEntryView(entry.id(), entry.type().name(), entry.valueDate(),
                entry.amount().toString(), entry.description(),
                entry.lines().stream().map(line -> new CreditorEventView.Line(line.component().name(),
                        line.amount().toString())).toList(),
                entry.overpayment() == null ? null : entry.overpayment().toString());
    }

    private JsonNode body(CreditorEvent event) {
        try {
            return json.readTree(event.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Creditor event " + event.id() + " has an unreadable body", e);
        }
    }
}
