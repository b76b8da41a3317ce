package fi.saatava.gateway.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address. Only Finnish-style five-digit postal codes are accepted for now.
 *
 * @param country ISO 3166 alpha-2 code, {@code FI} when absent
 */
public record AddressRequest(
        @NotBlank @Size(max = 200) String street,
        @NotNull @Pattern(regexp = "\\d{5}", message = "must be five digits") String postalCode,
        @NotBlank @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code such as FI") String country) {

    public AddressRequest {
        country = country == null ? "FI" : country;
    }
}
