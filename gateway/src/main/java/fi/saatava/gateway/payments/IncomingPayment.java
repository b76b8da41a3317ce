package fi.saatava.gateway.payments;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import fi.saatava.law.money.Money;

/**
 * A payment received on the client-funds account, from a bank statement or entered on its own.
 *
 * @param bankReference the bank's archive reference: the same payment is received once, whatever repeats it
 * @param statementId   the bank statement it came in, or null
 */
public record IncomingPayment(
        String bankReference,
        UUID statementId,
        Money amount,
        LocalDate bookingDate,
        LocalDate valueDate,
        String referenceGiven,
        String payerName,
        String payerIban,
        String message) {

    public IncomingPayment {
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(bookingDate, "bookingDate");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment must be positive");
        }
        valueDate = valueDate == null ? bookingDate : valueDate;
    }
}
