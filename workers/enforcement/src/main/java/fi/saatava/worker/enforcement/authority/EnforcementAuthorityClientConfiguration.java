package fi.saatava.worker.enforcement.authority;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import fi.saatava.worker.kit.http.ApiKeyInterceptor;
import fi.saatava.worker.kit.http.RemoteErrorDecoder;

/** Feign configuration of the enforcement authority client only. Not a scanned configuration. */
public class EnforcementAuthorityClientConfiguration {

    @Bean
    ErrorDecoder enforcementAuthorityErrorDecoder() {
        return new RemoteErrorDecoder("enforcement authority");
    }

    @Bean
    RequestInterceptor enforcementAuthorityApiKey(@Value("${saatava.enforcement.authority-api-key:}") String apiKey) {
        return new ApiKeyInterceptor(apiKey);
    }
}
