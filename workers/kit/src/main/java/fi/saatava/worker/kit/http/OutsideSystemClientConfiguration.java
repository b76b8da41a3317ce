package fi.saatava.worker.kit.http;

import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;

/**
 * Base of the Feign configuration of one outside system's client (court, enforcement authority, …): the error
 * mapping named after the system and the system's own API key, if one is configured; never the gateway's
 * credentials. A subclass names the system and the key's property; like every client configuration it is not a
 * scanned {@code @Configuration}.
 */
public abstract class OutsideSystemClientConfiguration {

    /** The system's name in failure messages, e.g. "court". */
    protected abstract String system();

    /** The property holding the system's API key, e.g. {@code saatava.court-summons.court-api-key}. */
    protected abstract String apiKeyProperty();

    @Bean
    ErrorDecoder outsideSystemErrorDecoder() {
        return new RemoteErrorDecoder(system());
    }

    @Bean
    RequestInterceptor outsideSystemApiKey(Environment environment) {
        return new ApiKeyInterceptor(environment.getProperty(apiKeyProperty(), ""));
    }
}
