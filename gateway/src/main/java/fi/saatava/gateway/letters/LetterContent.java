package fi.saatava.gateway.letters;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.saatava.law.money.Money;
import fi.saatava.gateway.claims.PostalAddress;

/**
 * Everything a letter prints, as stored in {@code saatava.letter.content} and served by
 * {@code GET /api/internal/letters/{letterId}} (docs/contracts.md "Letter snapshot"). Amounts are strings with two
 * decimals; references and the IBAN are compact, the worker groups them for print.
 */
record LetterContent(
        String language,
        LocalDate letterDate,
        LocalDate dueDate,
        Collector collector,
        Party creditor,
        Debtor debtor,
        Invoice invoice,
        List<AmountLine> amounts,
        String total,
        Payment payment,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean directlyEnforceable,
        @JsonInclude(JsonInclude.Include.NON_NULL) Delivery delivery) {

    /** How the letter goes out: {@code EMAIL} to {@code email} while the debtor's consent is valid. */
    record Delivery(String channel, String email) {
    }

    record Collector(String name, String businessId, PostalAddress address, String phone, String email) {
    }

    record Party(String name, String businessId, PostalAddress address) {
    }

    record Debtor(String type, String name, PostalAddress address) {
    }

    record Invoice(String number, LocalDate date, LocalDate dueDate, String description) {
    }

    /**
     * One itemised head of the claim (PerintäL 5 a § 1 mom 3 k, spec §3.6).
     *
     * @param kind       PRINCIPAL, INTEREST, LATE_INTEREST or COLLECTION_COST
     * @param letterType for a collection cost: the letter it is charged for
     * @param rate       for late interest: percent per year on the last day included
     * @param from       for late interest: the first day with interest
     * @param to         for late interest: the last day included
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AmountLine(String kind, String amount, String letterType, String rate, LocalDate from, LocalDate to) {

        static AmountLine of(String kind, Money amount) {
            return new AmountLine(kind, amount.toString(), null, null, null, null);
        }
    }

    record Payment(String payee, String iban, String bic, String reference, String rfReference,
                   String virtualBarcode) {
    }
}
