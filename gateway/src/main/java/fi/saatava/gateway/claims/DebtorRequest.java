package fi.saatava.gateway.claims;

import fi.saatava.gateway.claims.validation.ValidElectronicLettersConsent;
import fi.saatava.gateway.claims.validation.ValidIdentityCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The debtor of a submitted claim.
 *
 * @param type                     {@code CONSUMER} or {@code BUSINESS}
 * @param identityCode             henkilötunnus for a consumer, Y-tunnus for a business; checksum-validated
 * @param language                 the language letters are written in: {@code fi}, {@code sv} or {@code en}; the
 *                                 creditor's letter language when absent
 * @param email                    where letters go by e-mail while the debtor's consent is valid
 * @param electronicLettersConsent the debtor's consent to letters by e-mail, absent if none was given
 */
@ValidIdentityCode
@ValidElectronicLettersConsent
public record DebtorRequest(
        @NotNull @Pattern(regexp = "CONSUMER|BUSINESS", message = "must be CONSUMER or BUSINESS") String type,
        @NotBlank @Size(max = 200) String name,
        @NotBlank String identityCode,
        @NotNull @Valid AddressRequest address,
        @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "must be a phone number such as +358 40 123 4567")
        String phone,
        @Valid ElectronicLettersConsent electronicLettersConsent) {
}
