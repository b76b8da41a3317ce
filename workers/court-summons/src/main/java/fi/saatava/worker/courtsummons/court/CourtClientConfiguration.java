package fi.saatava.worker.courtsummons.court;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import fi.saatava.worker.kit.http.ApiKeyInterceptor;
import fi.saatava.worker.kit.http.RemoteErrorDecoder;

/** Feign configuration of the court client only (its API key, its error mapping). Not a scanned configuration. */
public class CourtClientConfiguration {

    @Bean
    ErrorDecoder courtErrorDecoder() {
        return new RemoteErrorDecoder("court");
    }

    @Bean
    RequestInterceptor courtApiKey(@Value("${saatava.court-summons.court-api-key:}") String apiKey) {
        return new ApiKeyInterceptor(apiKey);
    }
}
