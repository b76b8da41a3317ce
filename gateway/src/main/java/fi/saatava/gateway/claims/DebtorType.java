package fi.saatava.gateway.claims;

import fi.saatava.law.identifiers.Henkilotunnus;
import fi.saatava.law.identifiers.Validation;
import fi.saatava.law.identifiers.YTunnus;

/** Who owes: a consumer (identified by henkilötunnus) or a business (identified by Y-tunnus). */
public enum DebtorType {
    CONSUMER("henkilötunnus"),
    BUSINESS("Y-tunnus");

    private final String identityCodeName;

    DebtorType(String identityCodeName) {
        this.identityCodeName = identityCodeName;
    }

    /** The type named by the text, or {@code null} when the text names none. */
    public static DebtorType parse(String text) {
        for (DebtorType type : values()) {
            if (type.name().equals(text)) {
                return type;
            }
        }
        return null;
    }

    public String identityCodeName() {
        return identityCodeName;
    }

    public Validation validateIdentityCode(String code) {
        return this == CONSUMER ? Henkilotunnus.validate(code) : YTunnus.validate(code);
    }

    /** The identity code in its stored form: henkilötunnus upper-cased, both trimmed. */
    public String normalizeIdentityCode(String code) {
        return this == CONSUMER ? Henkilotunnus.parse(code).value() : code.trim();
    }

    /**
     * The identity code as shown back through the API: a henkilötunnus keeps only its birth date part
     * ({@code 131052-****}); a Y-tunnus is public registry data and is shown whole.
     */
    public String mask(String code) {
        return this == CONSUMER ? code.substring(0, 7) + "****" : code;
    }
}
