package fi.saatava.gateway.claims;

import fi.saatava.gateway.claims.validation.PositiveEuroAmount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One line of the invoice: what it was for and its amount (the basis of the claim, PerintäL 5 a § 1 mom 2 k).
 *
 * @param amount euros with two decimals as a string, greater than zero
 */
public record InvoiceLineRequest(
        @NotBlank @Size(max = 200) String description,
        @NotNull @PositiveEuroAmount String amount) {
}
