package fi.saatava.gateway.claims;

/**
 * @param identityCode normalised henkilötunnus or Y-tunnus; personal data, see {@link DebtorType#mask(String)}
 * @param language     {@code fi}, {@code sv} or {@code en}
 */
public record Debtor(DebtorType type, String name, String identityCode, PostalAddress address, String language) {

    @Override
    public String toString() {
        return "Debtor[type=" + type + ", identityCode=" + type.mask(identityCode) + "]";
    }
}
