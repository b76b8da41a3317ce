package fi.saatava.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/** The gateway's HTTP APIs as tests call them; answers keep status, headers and the parsed JSON body. */

public class GatewayHttp {

    public static final String ADMIN = "admin";

    private final TestRestTemplate http;

    GatewayHttp(TestRestTemplate http) {
        this.http = http;
    }

    public record Answer(HttpStatusCode status, MediaType contentType, String location, JsonNode body) {
    }

    public Answer postClaim(String json) {
        return answer(http.exchange(RequestEntity.post("/api/v1/claims")
                .contentType(MediaType.APPLICATION_JSON).body(json), String.class));
    }

    public Answer get(String path) {
        return answer(http.getForEntity(path, String.class));
    }

    public Answer getAsAdmin(String path) {
        return answer(http.withBasicAuth(ADMIN, ADMIN).getForEntity(path, String.class));
    }

    public Answer exchangeAsAdmin(RequestEntity<?> request) {
        return answer(http.withBasicAuth(ADMIN, ADMIN).exchange(request, String.class));
    }

    private static Answer answer(ResponseEntity<String> response) {
        String location = response.getHeaders().getLocation() == null
                ? null : response.getHeaders().getLocation().toString();
        JsonNode body = response.getBody() == null ? null : ClaimJson.parse(response.getBody());
        return new Answer(response.getStatusCode(), response.getHeaders().getContentType(), location, body);
    }
}
