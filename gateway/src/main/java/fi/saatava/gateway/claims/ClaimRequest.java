package fi.saatava.gateway.claims;

import fi.saatava.gateway.claims.validation.ConsistentTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A claim as a creditor submits it ({@code POST /api/v1/claims}).
 *
 * @param creditorReference the creditor's own id for the claim: unique per creditor, it makes a submission safe to
 *                          retry (the same submission again returns the stored claim)
 * @param terms             how collection law classifies the claim; defaults when absent
 */
@ConsistentTerms
public record ClaimRequest(
        @NotNull @Valid DebtorRequest debtor,
        @NotNull @Valid InvoiceRequest invoice,
        @Valid TermsRequest terms,
        @NotBlank @Size(max = 100) String creditorReference) {
}
