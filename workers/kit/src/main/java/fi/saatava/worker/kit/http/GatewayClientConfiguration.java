package fi.saatava.worker.kit.http;

import org.springframework.context.annotation.Bean;

import feign.auth.BasicAuthRequestInterceptor;
import feign.codec.ErrorDecoder;

/**
 * Feign configuration of every gateway client ({@code @FeignClient(configuration = GatewayClientConfiguration.class)}):
 * HTTP basic with the gateway credentials and the error mapping. Deliberately not a {@code @Configuration}
 * picked up by scanning, so the gateway credentials never go to another system's client.
 */
public class GatewayClientConfiguration {

    @Bean
    BasicAuthRequestInterceptor gatewayBasicAuth(GatewayProperties gateway) {
        return new BasicAuthRequestInterceptor(gateway.user(), gateway.password());
    }

    @Bean
    ErrorDecoder gatewayErrorDecoder() {
        return new RemoteErrorDecoder("gateway");
    }
}
