package fi.saatava.gateway.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A reported event and what it did.
 *
 * @param event       the event as reported
 * @param ledgerEntry what it booked, {@code null} for events without money
 * @param message     the BPMN message the claim's process took, {@code null} if none
 * @param recordedBy  CREDITOR, or OPERATOR for what the debtor told the agency (a dispute)
 */
public record CreditorEventView(UUID id, String type, String eventReference, Instant receivedAt, JsonNode event,
                                LedgerEntryView ledgerEntry, String message, String recordedBy) {

    /**
     * A ledger entry as the creditor API shows it; amounts are strings with two decimals.
     *
     * @param lines       the signed effect on each component; for a payment, its allocation
     * @param overpayment payments only: what exceeded the whole debt, to be refunded
     */
    public record LedgerEntryView(UUID id, String type, LocalDate valueDate, String amount, String description,
                                  List<Line> lines, String overpayment) {
    }

    public record Line(String component, String amount) {
    }
}
