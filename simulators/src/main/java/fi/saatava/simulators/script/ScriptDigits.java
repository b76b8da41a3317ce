package fi.saatava.simulators.script;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two digits that choose a simulated outcome: the last two of a henkilötunnus's individual number (characters
 * 8–10, {@code 131052-308T} → 08) or of a Y-tunnus's seven-digit body ({@code 2077474-0} → 74). Every simulated
 * system reads the same digits, so one test debtor tells one story across the bureau, the court and enforcement.
 */
public final class ScriptDigits {

    private ScriptDigits() {
    }

    /** The digits of a party object {@code {"type": "CONSUMER"|"BUSINESS", "identityCode": …}} with a valid code. */
    public static int ofParty(JsonNode party) {
        return of("BUSINESS".equals(party.path("type").asText()), party.path("identityCode").asText());
    }

    /** The digits of a valid identity code; {@code company} selects the Y-tunnus reading. */
    public static int of(boolean company, String identityCode) {
        String code = identityCode.trim();
        return Integer.parseInt(company ? code.substring(5, 7) : code.substring(8, 10));
    }
}
