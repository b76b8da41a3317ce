package fi.saatava.worker.kit.party;

/** A postal address as the gateway's internal API and the outside systems write it; {@code country} defaults to FI. */
public record Address(String street, String postalCode, String city, String country) {
}
