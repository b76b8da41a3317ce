package fi.saatava.gateway.support;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;

/** The internal letter API as the letters worker calls it, with the admin's credentials. */
public class LetterApi {

    private final GatewayHttp http;

    LetterApi(GatewayHttp http) {
        this.http = http;
    }

    public GatewayHttp.Answer snapshot(String letterId) {
        return http.getAsAdmin("/api/internal/letters/" + letterId);
    }

    public GatewayHttp.Answer uploadDocument(String letterId, byte[] body, MediaType type) {
        return http.exchangeAsAdmin(RequestEntity.put(URI.create("/api/internal/letters/" + letterId + "/document"))
                .contentType(type).body(body));
    }

    public GatewayHttp.Answer dispatch(String letterId, String json) {
        return http.exchangeAsAdmin(RequestEntity.post(URI.create("/api/internal/letters/" + letterId + "/dispatch"))
                .contentType(MediaType.APPLICATION_JSON).body(json));
    }

    public GatewayHttp.Answer dispatch(String letterId, String channel, String dispatchedAt) {
        return dispatch(letterId, "{\"channel\": \"%s\", \"dispatchedAt\": \"%s\"}".formatted(channel, dispatchedAt));
    }
}
