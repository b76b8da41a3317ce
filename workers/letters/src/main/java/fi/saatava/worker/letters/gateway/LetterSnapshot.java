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
        Boolean directlyEnforceable,
        List<Instalment> instalments,
        Instalment missedInstalment,
        LocalDate disputeReceivedOn,
        Delivery delivery,
        Boolean voided,
        Instant dispatchedAt,
        String dispatchChannel) {

    public boolean isDispatched() {
        return dispatchedAt != null;
    }

    public boolean isVoided() {
        return Boolean.TRUE.equals(voided);
    }

    /** A claim enforceable without a judgment: the letter names the remedies and deferral (spec §3.6 1 mom 6 k). */
    public boolean isDirectlyEnforceable() {
        return Boolean.TRUE.equals(directlyEnforceable);
    }

    /** How the letter goes out; a snapshot without it (older gateways) goes to the outbox only. */
    public Delivery deliveryOrOutbox() {
        return delivery == null || delivery.channel() == null ? new Delivery(Delivery.OUTBOX, null) : delivery;
    }

    public record Address(String street, String postalCode, String city, String country) {

        /** A foreign address ends with its country; a Finnish one does not (Posti's addressing rules). */
        public boolean isForeign() {
            return country != null && !country.isBlank() && !"FI".equalsIgnoreCase(country);
        }
    }

    /**
     * The collector or the creditor.
     *
     * @param originalName for a creditor: the name used in the contract or the original creditor of a transferred
     *                     claim, printed when it differs (spec §3.6 3 mom)
     */
    public record Party(String name, String businessId, Address address, String phone, String email,
            String originalName) {
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

    /**
     * How to pay.
     *
     * @param amount what this letter asks to pay now when it is not the total (a plan's first instalment); the
     *               virtual barcode encodes it
     */
    public record Payment(String payee, String iban, String bic, String reference, String rfReference,
            String virtualBarcode, String amount) {
    }

    /** One instalment of a payment plan. */
    public record Instalment(LocalDate dueDate, String amount) {
    }

    /**
     * The channel the gateway chose: {@code PRINT}, {@code EMAIL} (only with the debtor's valid consent to a
     * durable medium, spec §3.6 delivery) or {@code OUTBOX}.
     */
    public record Delivery(String channel, String email) {
        public static final String PRINT = "PRINT";
        public static final String EMAIL = "EMAIL";
        public static final String OUTBOX = "OUTBOX";
    }
}
