package fi.saatava.worker.letters.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The letter as the gateway snapshotted it when the letter task started ({@code GET /api/internal/letters/{id}},
 * docs/contracts.md). Everything printed comes from here; the worker never recomputes an amount or a date.
 */
public record LetterSnapshot(
        UUID letterId,
        UUID claimId,
        String type,
        String language,
        LocalDate letterDate,
        LocalDate dueDate,
        Party collector,
        Party creditor,
        Debtor debtor,
        Invoice invoice,
        List<AmountItem> amounts,
        String total,
        Payment payment,
        Instant dispatchedAt,
        String dispatchChannel) {

    public boolean isDispatched() {
        return dispatchedAt != null;
    }

    public record Address(String street, String postalCode, String city, String country) {

        /** A foreign address ends with its country; a Finnish one does not (Posti's addressing rules). */
        public boolean isForeign() {
            return country != null && !country.isBlank() && !"FI".equalsIgnoreCase(country);
        }
    }

    public record Party(String name, String businessId, Address address, String phone, String email) {
    }

    /** @param type {@code CONSUMER} or {@code BUSINESS} */
    public record Debtor(String type, String name, Address address) {

        public boolean isConsumer() {
            return "CONSUMER".equals(type);
        }
    }

    public record Invoice(String number, LocalDate date, LocalDate dueDate, String description) {
    }

    /**
     * One itemised line (spec §3.6 1 mom 3 k).
     *
     * @param kind       {@code PRINCIPAL}, {@code INTEREST}, {@code LATE_INTEREST} or {@code COLLECTION_COST}
     * @param rate       percent per year for interest lines, as a string (e.g. {@code "11.50"})
     * @param letterType for a collection cost: the letter it was charged for
     */
    public record AmountItem(String kind, String amount, String rate, LocalDate from, LocalDate to, String letterType) {
    }

    public record Payment(String payee, String iban, String bic, String reference, String rfReference,
            String virtualBarcode) {
    }
}
