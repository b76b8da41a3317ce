package fi.saatava.worker.draftprotest.bureau;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import fi.saatava.worker.kit.http.ApiKeyInterceptor;
import fi.saatava.worker.kit.http.RemoteErrorDecoder;

/** Feign configuration of the tratta register client only. Not a scanned configuration. */
public class DraftRegistryClientConfiguration {

    @Bean
    ErrorDecoder draftRegistryErrorDecoder() {
        return new RemoteErrorDecoder("credit bureau");
    }

    @Bean
    RequestInterceptor draftRegistryApiKey(@Value("${saatava.draft-protest.bureau-api-key:}") String apiKey) {
        return new ApiKeyInterceptor(apiKey);
    }
}
