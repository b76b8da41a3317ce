package fi.saatava.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The API description: open to read, at a stable URL, with the security and examples a client needs. */
@GatewayTest
class OpenApiDocsTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theOpenApiJsonDescribesTheCreditorAndAdminApis() {
        ResponseEntity<String> response = rest.getForEntity("/api/docs/openapi.json", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode api = ClaimJson.parse(response.getBody());
        assertThat(api.get("paths").has("/api/v1/claims")).isTrue();
        assertThat(api.get("paths").has("/api/v1/claims/{id}")).isTrue();
        assertThat(api.get("paths").has("/api/v1/claims/{claimId}/events")).isTrue();
        assertThat(api.get("paths").has("/api/v1/claim-batches")).isTrue();
        assertThat(api.get("paths").has("/api/admin/creditors")).isTrue();
        assertThat(api.get("paths").has("/api/internal/letters/{letterId}")).isFalse();
        assertThat(api.at("/components/securitySchemes/creditorApiKey/scheme").asText()).isEqualTo("bearer");
        assertThat(api.at("/paths/~1api~1admin~1creditors/post/security/0").has("operator")).isTrue();
        JsonNode remittances = api.at("/paths/~1api~1admin~1enforcement-remittances/get");
        assertThat(remittances.get("description").asText()).contains("expectedOnTheBank");
        assertThat(remittances.at("/parameters/0/schema/enum").toString()).contains("UNCONFIRMED", "CONFIRMED");
        assertThat(remittances.at("/security/0").has("operator")).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1claims/post/requestBody/content/application~1json/examples/consumer/value")
                .toString()).contains("131052-308T");
        assertThat(api.at("/paths/~1api~1v1~1claims~1{claimId}~1events/post/requestBody/content/application~1json"
                + "/examples").size()).isEqualTo(5);
        assertThat(api.at("/components/schemas/InvoiceRequest/properties/principal/type").asText())
                .isEqualTo("string");
        // The creditor comes from the API key, never from a parameter.
        assertThat(response.getBody()).doesNotContain("AuthenticatedCreditor");
    }

    @Test
    void everyRequestBodyHasAnExample() {
        JsonNode api = ClaimJson.parse(rest.getForEntity("/api/docs/openapi.json", String.class).getBody());

        List<String> withoutExample = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode content = operation.getValue().at("/requestBody/content");
            content.fields().forEachRemaining(mediaType -> {
                if (!mediaType.getValue().has("examples") && !mediaType.getValue().has("example")) {
                    withoutExample.add(operation.getKey() + " " + path.getKey() + " " + mediaType.getKey());
                }
            });
        }));

        assertThat(withoutExample).isEmpty();
        assertThat(api.at("/paths/~1api~1admin~1bank-statements/post/requestBody/content/application~1xml/examples"
                + "/example/value").asText()).contains("camt.054.001.02");
    }

    @Test
    void theUiIsServedAtApiDocs() {
        ResponseEntity<String> response = rest.getForEntity("/api/docs", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsIgnoringCase("swagger");
    }
}
