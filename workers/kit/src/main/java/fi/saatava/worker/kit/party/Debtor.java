package fi.saatava.worker.kit.party;

import fi.saatava.worker.kit.privacy.IdentityCodes;

/**
 * The debtor as a filing names them: {@code type} {@code CONSUMER} (identity code = henkilötunnus) or
 * {@code BUSINESS} (Y-tunnus). The identity code goes only into the body sent to the authority, never into a log,
 * URL or process variable; {@link #toString()} masks it.
 */
public record Debtor(String type, String identityCode, String name, Address address, String phone) {

    public static final String CONSUMER = "CONSUMER";
    public static final String BUSINESS = "BUSINESS";

    @Override
    public String toString() {
        return "Debtor[type=" + type + ", identityCode=" + IdentityCodes.mask(identityCode) + "]";
    }
}
