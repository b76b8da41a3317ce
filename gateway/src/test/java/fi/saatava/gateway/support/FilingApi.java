package fi.saatava.gateway.support;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;

/** The internal filing API as the legal workers call it, with the admin's credentials. */
public class FilingApi {

    private final GatewayHttp http;

    FilingApi(GatewayHttp http) {
        this.http = http;
    }

    /** @param document {@code summons-applications}, {@code enforcement-applications} or {@code insolvency-claims} */
    public GatewayHttp.Answer prepare(String claimId, String document, String filingId) {
        return post("/api/internal/claims/" + claimId + "/" + document, "{\"filingId\": \"" + filingId + "\"}");
    }

    /** The prepared document's JSON exactly as served. */
    public String prepareRaw(String claimId, String document, String filingId) {
        return http.exchangeAsAdminRaw(RequestEntity.post(URI.create("/api/internal/claims/" + claimId + "/" + document))
                .contentType(MediaType.APPLICATION_JSON).body("{\"filingId\": \"" + filingId + "\"}"));
    }

    public GatewayHttp.Answer receipt(String filingId, String authority, String reference, String receivedAt) {
        return post("/api/internal/filings/" + filingId + "/receipt", """
                {"authority": "%s", "reference": "%s", "receivedAt": "%s", "fee": null}"""
                .formatted(authority, reference, receivedAt));
    }

    public GatewayHttp.Answer post(String path, String json) {
        return http.exchangeAsAdmin(RequestEntity.post(URI.create(path)).contentType(MediaType.APPLICATION_JSON)
                .body(json));
    }
}
