package fi.saatava.worker.kit.http;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Sends an outside system its own API key ({@value #HEADER}) when one is configured; never the gateway's credentials.
 * Each outside system's Feign configuration registers one with its own key.
 */
public class ApiKeyInterceptor implements RequestInterceptor {

    public static final String HEADER = "X-API-Key";

    private final String apiKey;

    public ApiKeyInterceptor(String apiKey) {
        this.apiKey = apiKey == null ? "" : apiKey;
    }

    @Override
    public void apply(RequestTemplate request) {
        if (!apiKey.isBlank()) {
            request.header(HEADER, apiKey);
        }
    }
}
