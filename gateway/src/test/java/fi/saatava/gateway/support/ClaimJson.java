package fi.saatava.gateway.support;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Claim request bodies for tests: a valid consumer claim that each test changes where it needs to. */
public final class ClaimJson {

    public static final String VALID_HETU = "131052-308T";
    public static final String VALID_Y_TUNNUS = "2077474-0";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClaimJson() {
    }

    /**
     * A consumer claim whose creditor sent no reminder: invoice 27.10.2025, due 10.11.2025, 120.00 €. Each call has
     * a creditor reference of its own, so each submission is a new claim.
     */
    public static ObjectNode validConsumerClaim() {
        return (ObjectNode) parse("""
                {
                  "creditorReference": "CRM-%s",
                  "debtor": {
                    "type": "CONSUMER",
                    "name": "Maija Meikäläinen",
                    "identityCode": "%s",
                    "address": {"street": "Kotikatu 1 A 2", "postalCode": "00100", "city": "Helsinki"},
                    "language": "fi"
                  },
                  "invoice": {
                    "number": "INV-1001",
                    "invoiceDate": "2025-10-27",
                    "dueDate": "2025-11-10",
                    "principal": "120.00",
                    "description": "Broadband, October 2025",
                    "reminderAlreadySent": false
                  }
                }""".formatted(UUID.randomUUID(), VALID_HETU));
    }

    public static ObjectNode validBusinessClaim() {
        ObjectNode claim = validConsumerClaim();
        debtor(claim).put("type", "BUSINESS").put("name", "Esimerkki Oy").put("identityCode", VALID_Y_TUNNUS);
        return claim;
    }

    public static ObjectNode debtor(ObjectNode claim) {
        return (ObjectNode) claim.get("debtor");
    }

    public static ObjectNode address(ObjectNode claim) {
        return (ObjectNode) debtor(claim).get("address");
    }

    public static ObjectNode invoice(ObjectNode claim) {
        return (ObjectNode) claim.get("invoice");
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
