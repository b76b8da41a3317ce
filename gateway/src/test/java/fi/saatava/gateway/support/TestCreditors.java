package fi.saatava.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;

/** Registers creditors through the admin API, as an operator would; each test creditor has its own Y-tunnus. */
public class TestCreditors {

    private static final AtomicInteger NEXT_BUSINESS_ID = new AtomicInteger(3_000_000);
    private static final int[] Y_TUNNUS_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private final GatewayHttp http;

    TestCreditors(GatewayHttp http) {
        this.http = http;
    }

    /** A registered creditor and its first API key. */
    public record TestCreditor(String id, String name, String businessId, String apiKey, String apiKeyId) {
    }

    public TestCreditor register() {
        return register(registration(uniqueBusinessId()));
    }

    public TestCreditor register(ObjectNode registration) {
        GatewayHttp.Answer answer = http.exchangeAsAdmin(RequestEntity.post("/api/admin/creditors")
                .contentType(MediaType.APPLICATION_JSON).body(registration.toString()));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = answer.body();
        return new TestCreditor(body.at("/creditor/id").asText(), body.at("/creditor/name").asText(),
                body.at("/creditor/businessId").asText(), body.at("/apiKey/key").asText(),
                body.at("/apiKey/id").asText());
    }

    /** A valid registration body of a creditor with this business id. */
    public static ObjectNode registration(String businessId) {
        return (ObjectNode) ClaimJson.parse("""
                {
                  "name": "Esimerkki Energia Oy",
                  "businessId": "%s",
                  "settlementIban": "FI37 1590 3000 0007 76",
                  "address": {"street": "Voimalatie 5", "postalCode": "33100", "city": "Tampere"},
                  "contact": {"name": "Essi Esimerkki", "email": "perinta@energia.example", "phone": "+358 40 123 4567"},
                  "letterLanguage": "fi",
                  "commission": {"percent": "15.00", "fixedFeePerClaim": "0.00"}
                }""".formatted(businessId));
    }

    /** A Y-tunnus with a valid check digit (spec §12.2) that no other test creditor has. */
    public static String uniqueBusinessId() {
        while (true) {
            String body = Integer.toString(NEXT_BUSINESS_ID.getAndIncrement());
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (body.charAt(i) - '0') * Y_TUNNUS_WEIGHTS[i];
            }
            int remainder = sum % 11;
            if (remainder != 1) {
                return body + "-" + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }
}
