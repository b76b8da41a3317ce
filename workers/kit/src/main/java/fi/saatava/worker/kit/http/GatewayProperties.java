package fi.saatava.worker.kit.http;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and as whom workers call the gateway ({@code SAATAVA_GATEWAY_URL}, {@code SAATAVA_GATEWAY_USER},
 * {@code SAATAVA_GATEWAY_PASSWORD}); the defaults live in {@code worker-defaults.properties}.
 */
@ConfigurationProperties("saatava.gateway")
public record GatewayProperties(String url, String user, String password) {
}
