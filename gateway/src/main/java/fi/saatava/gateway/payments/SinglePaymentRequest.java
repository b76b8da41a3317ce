package fi.saatava.gateway.payments;

import java.time.LocalDate;

import fi.saatava.gateway.claims.validation.PositiveEuroAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A payment entered on its own (e.g. one the bank reported outside a camt.054 file).
 *
 * @param bankReference the bank's archive reference of the payment: sending the same one again changes nothing
 * @param reference     the creditor reference the payer gave, national or RF; may be absent
 */
public record SinglePaymentRequest(
        @NotBlank @Size(max = 35) String bankReference,
        @NotNull @PositiveEuroAmount String amount,
        @NotNull LocalDate date,
        @Size(max = 35) String reference,
        @Valid Payer payer,
        @Size(max = 140) String message) {

    /** @param iban where a refund would go; optional */
    public record Payer(@Size(max = 140) String name, @Size(max = 34) String iban) {
    }
}
