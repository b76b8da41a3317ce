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
 *
 * @param disputeReceivedOn DISPUTE_ACKNOWLEDGEMENT: the day the dispute it acknowledges was received; absent on other
 *                          letters, and when the gateway has no record of that dispute
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
        Delivery delivery,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Instalment> instalments,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instalment missedInstalment,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate disputeReceivedOn) {

    /** A payment plan's instalment (PAYMENT_PLAN_CONFIRMATION lists all, INSTALMENT_REMINDER names the missed one). */
    record Instalment(LocalDate dueDate, String amount) {

        static Instalment of(PlanTerms.Instalment instalment) {
            return new Instalment(instalment.dueDate(), instalment.amount().toString());
        }
    }

    /**
     * How the letter goes out (PerintäL 5 § 2 mom, 5 b § 2 mom, spec §3.6 delivery, §2.6).
     *
     * @param channel {@code EMAIL} only while the debtor's consent is valid, else the configured paper channel
     * @param email   the address for {@code EMAIL}, absent otherwise
     */
    record Delivery(DispatchChannel channel, @JsonInclude(JsonInclude.Include.NON_NULL) String email) {
    }

    record Collector(String name, String businessId, PostalAddress address, String phone, String email) {
    }

    /**
     * @param originalName the name used in the contract, or the original creditor of a transferred claim, when it
     *                     differs from {@code name} (PerintäL 5 a § 3 mom, spec §3.6); absent otherwise
     */
    record Party(String name, String businessId, PostalAddress address,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String originalName) {
    }

    /** The addressee: the debtor, or a deceased debtor's estate (spec §11.4). */
    record Debtor(String type, String name, PostalAddress address) {
    }

    record Invoice(String number, LocalDate date, LocalDate dueDate, String description) {
    }

    /**
     * One itemised head of the claim (PerintäL 5 a § 1 mom 3 k, spec §3.6).
     *
     * @param kind       PRINCIPAL, INTEREST, LATE_INTEREST or COLLECTION_COST
     * @param letterType for a collection cost: the letter it is charged for
     * @param rate       for late interest: percent per year in the period
     * @param from       for late interest: the first day of the period
     * @param to         for late interest: the last day of the period
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AmountLine(String kind, String amount, String letterType, String rate, LocalDate from, LocalDate to) {

        static AmountLine of(String kind, Money amount) {
            return new AmountLine(kind, amount.toString(), null, null, null, null);
        }
    }

    /** @param amount what the slip and the virtual barcode ask to pay now */
    record Payment(String payee, String iban, String bic, String reference, String rfReference,
                   String virtualBarcode, String amount) {
    }
}
