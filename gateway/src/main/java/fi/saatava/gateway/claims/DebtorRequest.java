package fi.saatava.gateway.claims;

import fi.saatava.gateway.claims.validation.ValidIdentityCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The debtor of a submitted claim.
 *
 * @param type         {@code CONSUMER} or {@code BUSINESS}
 * @param identityCode henkilötunnus for a consumer, Y-tunnus for a business; checksum-validated
 * @param language     the language letters are written in: {@code fi}, {@code sv} or {@code en}
 */
@ValidIdentityCode
public record DebtorRequest(
        @NotNull @Pattern(regexp = "CONSUMER|BUSINESS", message = "must be CONSUMER or BUSINESS") String type,
        @NotBlank @Size(max = 200) String name,
        @NotBlank String identityCode,
        @NotNull @Valid AddressRequest address,
        @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language) {
}
