package fi.saatava.worker.enforcement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code saatava.enforcement.*}: the authority URL and API key (read by the client) and how often its events are
 * polled.
 *
 * @param outcomePollInterval   time between polls of the authority's events
 * @param outcomePollingEnabled false on extra replicas of the worker
 */
@ConfigurationProperties("saatava.enforcement")
public record EnforcementProperties(
        @DefaultValue("30s") Duration outcomePollInterval,
        @DefaultValue("true") boolean outcomePollingEnabled) {
}
