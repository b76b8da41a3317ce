package fi.saatava.gateway.claims;

/** A postal address as printed on letters; {@code country} is an ISO 3166 alpha-2 code. */
public record PostalAddress(String street, String postalCode, String city, String country) {
}
