package fi.saatava.worker.insolvency.register;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import fi.saatava.worker.kit.http.ApiKeyInterceptor;
import fi.saatava.worker.kit.http.RemoteErrorDecoder;

/** Feign configuration of the insolvency lodging client only. Not a scanned configuration. */
public class InsolvencyRegisterClientConfiguration {

    @Bean
    ErrorDecoder insolvencyRegisterErrorDecoder() {
        return new RemoteErrorDecoder("insolvency administrator");
    }

    @Bean
    RequestInterceptor insolvencyRegisterApiKey(@Value("${saatava.insolvency.register-api-key:}") String apiKey) {
        return new ApiKeyInterceptor(apiKey);
    }
}
