package fi.saatava.gateway.claims;

import jakarta.validation.constraints.Pattern;

/**
 * How collection law classifies the claim (spec §1); every field is optional.
 *
 * @param consumerClaim           a business's claim on a consumer (PerintäL 3 §): consumer fee caps and allocation
 *                                order; default: whether the debtor is a {@code CONSUMER}. Never for a business debtor.
 * @param commercialPayment       a business's payment for goods or services (MaksuehtoL 1 §): the 40 € standard
 *                                compensation (PerintäL 10 i §) and late interest at reference rate + 8 pp (KorkoL 4 a
 *                                §); only for a business debtor; default false
 * @param directlyEnforceable     enforceable without a judgment (PerintäL 3 a § 1 k): lower fee caps; default false
 * @param contractualInterestRate the interest rate agreed before the due date, percent per year, e.g. {@code "12.50"};
 *                                late interest follows it while it is higher than the statutory rate (KorkoL 4 § 2 mom)
 */
public record TermsRequest(
        Boolean consumerClaim,
        Boolean commercialPayment,
        Boolean directlyEnforceable,
        @Pattern(regexp = "\\d{1,2}\\.\\d{2}", message = "must be a percentage with two decimals, e.g. 12.50")
        String contractualInterestRate) {
}
