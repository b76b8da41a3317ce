package fi.saatava.gateway.support;

import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * The gateway's HTTP APIs as tests call them; answers keep status, headers and the parsed JSON body. Creditor API
 * calls without an explicit key use the key of one default test creditor, registered on first use.
 */
public class GatewayHttp {

    public static final String ADMIN = "admin";

    private final TestRestTemplate http;
    private volatile TestCreditors.TestCreditor defaultCreditor;

    GatewayHttp(TestRestTemplate http) {
        this.http = http;
    }

    public record Answer(HttpStatusCode status, MediaType contentType, String location, JsonNode body) {
    }

    /** The creditor whose key {@link #postClaim(String)} and {@link #get(String)} use. */
    public TestCreditors.TestCreditor defaultCreditor() {
        if (defaultCreditor == null) {
            synchronized (this) {
                if (defaultCreditor == null) {
                    defaultCreditor = new TestCreditors(this).register();
                }
            }
        }
        return defaultCreditor;
    }

    public Answer postClaim(String json) {
        return postClaim(defaultCreditor().apiKey(), json);
    }

    public Answer postClaim(String apiKey, String json) {
        return post(apiKey, "/api/v1/claims", json);
    }

    public Answer post(String apiKey, String path, String json) {
        return exchange(RequestEntity.post(URI.create(path)).headers(headers -> headers.setBearerAuth(apiKey))
                .contentType(MediaType.APPLICATION_JSON).body(json));
    }

    public Answer get(String path) {
        return get(defaultCreditor().apiKey(), path);
    }

    public Answer get(String apiKey, String path) {
        return exchange(RequestEntity.get(URI.create(path)).headers(headers -> headers.setBearerAuth(apiKey)).build());
    }

    public Answer exchange(RequestEntity<?> request) {
        return answer(http.exchange(request, String.class));
    }

    public Answer getAsAdmin(String path) {
        return answer(http.withBasicAuth(ADMIN, ADMIN).getForEntity(path, String.class));
    }

    public Answer exchangeAsAdmin(RequestEntity<?> request) {
        return answer(http.withBasicAuth(ADMIN, ADMIN).exchange(request, String.class));
    }

    /** The body exactly as the gateway sent it. */
    public String exchangeAsAdminRaw(RequestEntity<?> request) {
        return http.withBasicAuth(ADMIN, ADMIN).exchange(request, String.class).getBody();
    }

    private static Answer answer(ResponseEntity<String> response) {
        String location = response.getHeaders().getLocation() == null
                ? null : response.getHeaders().getLocation().toString();
        JsonNode body = response.getBody() == null ? null : ClaimJson.parse(response.getBody());
        return new Answer(response.getStatusCode(), response.getHeaders().getContentType(), location, body);
    }
}
