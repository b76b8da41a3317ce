package fi.saatava.gateway.claims;

import java.time.LocalDate;

/**
 * @param identityCode             normalised henkilötunnus or Y-tunnus; personal data, see
 *                                 {@link DebtorType#mask(String)}
 * @param language                 {@code fi}, {@code sv} or {@code en}
 * @param email                    {@code null} if the creditor gave none
 * @param phone                    {@code null} if the creditor gave none
 * @param electronicLettersConsent {@code null} if the debtor never consented to letters by e-mail
 */
public record Debtor(DebtorType type, String name, String identityCode, PostalAddress address, String language,
                     String email, String phone, ElectronicLettersConsent electronicLettersConsent) {

    /** Whether a letter of that day may go by e-mail: only while the consent is valid (spec §3.6, §2.6). */
    public boolean acceptsEmailOn(LocalDate day) {
        return electronicLettersConsent != null && email != null
                && !day.isBefore(electronicLettersConsent.givenOn())
                && !day.isAfter(electronicLettersConsent.validThrough());
    }

    @Override
    public String toString() {
        return "Debtor[type=" + type + ", identityCode=" + type.mask(identityCode) + "]";
    }
}
