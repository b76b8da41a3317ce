package fi.saatava.gateway.claims;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.saatava.gateway.claims.validation.ConsistentTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A claim as a creditor submits it ({@code POST /api/v1/claims}).
 *
 * @param creditorReference the creditor's own id for the claim: unique per creditor, it makes a submission safe to
 *                          retry (the same submission again returns the stored claim)
 * @param terms             how collection law classifies the claim; defaults when absent
 * @param originalCreditorName the creditor's name in the contract, or the original creditor of a transferred claim,
 *                          when it is not the submitting creditor's registered name: every demand states it (PerintäL
 *                          5 a § 3 mom, spec §3.6); optional. Left out of the fingerprint when absent, so claims
 *                          submitted before the field existed replay unchanged.
 */
@ConsistentTerms
public record ClaimRequest(
        @NotNull @Valid DebtorRequest debtor,
        @NotNull @Valid InvoiceRequest invoice,
        @Valid TermsRequest terms,
        @NotBlank @Size(max = 100) String creditorReference,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String originalCreditorName) {
}
