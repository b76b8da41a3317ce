package fi.saatava.gateway.claims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A claim as a creditor submits it ({@code POST /api/v1/claims}).
 *
 * @param creditorReference the creditor's own id for the claim (optional), stored and shown back
 */
public record ClaimRequest(
        @NotNull @Valid DebtorRequest debtor,
        @NotNull @Valid InvoiceRequest invoice,
        @Size(max = 100) String creditorReference) {
}
