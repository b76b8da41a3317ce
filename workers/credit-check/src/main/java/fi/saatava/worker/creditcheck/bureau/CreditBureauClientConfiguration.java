package fi.saatava.worker.creditcheck.bureau;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import fi.saatava.worker.kit.http.RemoteErrorDecoder;

/**
 * Feign configuration of the credit bureau client only: the bureau's own API key (if one is configured) and the
 * error mapping; the gateway's credentials never go to the bureau. Not a scanned {@code @Configuration}.
 */
public class CreditBureauClientConfiguration {

    static final String API_KEY_HEADER = "X-API-Key";

    @Bean
    ErrorDecoder creditBureauErrorDecoder() {
        return new RemoteErrorDecoder("credit bureau");
    }

    @Bean
    RequestInterceptor creditBureauApiKey(@Value("${saatava.credit-check.bureau-api-key:}") String apiKey) {
        return request -> {
            if (!apiKey.isBlank()) {
                request.header(API_KEY_HEADER, apiKey);
            }
        };
    }
}
