package fi.saatava.gateway.creditors;

import fi.saatava.gateway.claims.AddressRequest;
import fi.saatava.gateway.validation.ValidBusinessId;
import fi.saatava.gateway.validation.ValidIban;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A creditor as an operator registers it ({@code POST /api/admin/creditors}).
 *
 * @param businessId     Y-tunnus, printed on letters as the creditor's identity (PerintäL 5 a § 1 mom 1 k)
 * @param settlementIban where collected funds are settled to
 * @param letterLanguage the letter language of claims that do not give the debtor's: {@code fi}, {@code sv} or
 *                       {@code en}
 * @param settlementInterval optional: {@code EVERY_RUN} (default; the runs are weekly by default) or {@code MONTHLY}
 *                           (only the first run of each calendar month settles the creditor)
 */
public record CreditorRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @ValidBusinessId String businessId,
        @NotNull @ValidIban String settlementIban,
        @NotNull @Valid AddressRequest address,
        @NotNull @Valid Contact contact,
        @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String letterLanguage,
        @NotNull @Valid Commission commission,
        @Pattern(regexp = "EVERY_RUN|MONTHLY", message = "must be EVERY_RUN or MONTHLY") String settlementInterval) {

    /** Who at the creditor the agency talks to (notices, settlements). */
    public record Contact(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 200) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "must be a phone number such as +358 40 123 4567")
            String phone) {
    }

    /**
     * @param percent          share of collected funds, e.g. {@code "15.00"}
     * @param fixedFeePerClaim euros per claim handed over, charged in the claim's first settlement, e.g. {@code "0.00"}
     * @param feeSharePercent  optional, default {@code "0.00"}: the creditor's share of the collection costs collected
     *                         (the rest is the agency's fee income)
     */
    public record Commission(
            @NotNull @Pattern(regexp = "\\d{1,3}\\.\\d{2}", message = "must be a percentage with two decimals, "
                    + "e.g. 15.00") @DecimalMax(value = "100.00", message = "must be at most 100.00") String percent,
            @NotNull @Pattern(regexp = "\\d{1,9}\\.\\d{2}", message = "must be euros with two decimals and a '.' "
                    + "separator, e.g. 5.00") String fixedFeePerClaim,
            @Pattern(regexp = "\\d{1,3}\\.\\d{2}", message = "must be a percentage with two decimals, e.g. 50.00")
            @DecimalMax(value = "100.00", message = "must be at most 100.00") String feeSharePercent) {
    }
}
