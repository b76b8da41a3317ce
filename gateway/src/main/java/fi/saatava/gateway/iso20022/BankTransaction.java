package fi.saatava.gateway.iso20022;

import java.time.LocalDate;
import java.util.Objects;

import fi.saatava.law.money.Money;

/**
 * One booked transaction of a camt.054 notification: a payment into the account, the reversal of one, or money out.
 *
 * @param bankReference     the bank's unique reference of the transaction (its archive reference, AcctSvcrRef, or
 *                          the entry reference): importing the same transaction twice is recognised by it
 * @param accountIban       the account the notification is about
 * @param amount            always positive; {@link #kind()} says which way it went
 * @param creditorReference the payer's structured reference (RmtInf/Strd/CdtrRefInf/Ref) as written, or null
 * @param payerName         null when the bank did not give it
 * @param payerIban         null when the bank did not give it; where a refund can go
 * @param message           the unstructured remittance text, or null; shown to operators, never matched on
 */
public record BankTransaction(
        String bankReference,
        String accountIban,
        Kind kind,
        Money amount,
        LocalDate bookingDate,
        LocalDate valueDate,
        String creditorReference,
        String payerName,
        String payerIban,
        String message) {

    public BankTransaction {
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bookingDate, "bookingDate");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a transaction amount must be positive");
        }
    }

    public enum Kind {
        /** Money in (CdtDbtInd CRDT): a payment. */
        CREDIT,
        /** A reversal of an earlier credit (RvslInd true): the money goes back to the payer's bank. */
        REVERSAL,
        /**
         * Not a debtor's payment: money the agency itself sent out (settlements, refunds), or such a transfer coming
         * back (a reversed debit). Reported by the import, never matched to a claim.
         */
        OTHER
    }
}
