package fi.saatava.gateway.iso20022;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import fi.saatava.law.money.Money;

/**
 * SEPA credit transfers from one account, to be written as a pain.001.001.03 file for the agency's bank.
 *
 * @param messageId       unique per file (GrpHdr/MsgId, at most 35 characters); the bank refuses a repeated one
 * @param executionDate   the requested execution date (a banking day)
 * @param debtor          the paying account: the agency's client-funds account
 * @param transfers       at least one
 */
public record CreditTransferBatch(
        String messageId,
        OffsetDateTime createdAt,
        LocalDate executionDate,
        Party debtor,
        List<Transfer> transfers) {

    public CreditTransferBatch {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(executionDate, "executionDate");
        Objects.requireNonNull(debtor, "debtor");
        requireIdentifier(messageId, "messageId");
        transfers = List.copyOf(transfers);
        if (transfers.isEmpty()) {
            throw new IllegalArgumentException("a credit transfer file needs at least one transfer");
        }
    }

    /** @param bic optional: SEPA transfers within the EEA need only the IBAN */
    public record Party(String name, String iban, String bic) {
    }

    /**
     * @param endToEndId  travels with the money to the payee's statement (at most 35 characters)
     * @param remittance  the unstructured message the payee sees (at most 140 characters)
     */
    public record Transfer(String endToEndId, Money amount, Party creditor, String remittance) {

        public Transfer {
            requireIdentifier(endToEndId, "endToEndId");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a credit transfer amount must be positive");
            }
        }
    }

    /** Identifiers are never cut to fit: a cut one could repeat another. */
    private static void requireIdentifier(String value, String name) {
        if (value == null || value.isEmpty() || value.length() > 35) {
            throw new IllegalArgumentException(name + " must be 1-35 characters");
        }
    }

    public Money total() {
        return transfers.stream().map(Transfer::amount).reduce(Money.ZERO, Money::plus);
    }
}
