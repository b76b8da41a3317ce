package fi.saatava.worker.kit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import fi.saatava.worker.kit.task.RetryPolicy;

/**
 * Retry behaviour of all workers ({@code saatava.worker.*}): the defaults retry 3 times after 30 s, 60 s and
 * 120 s, so a gateway restart or a short outage of an external system does not raise an incident.
 */
@ConfigurationProperties("saatava.worker")
public record WorkerProperties(
        @DefaultValue("3") int retries,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("15m") Duration maxBackoff) {

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(retries, initialBackoff, backoffMultiplier, maxBackoff);
    }
}
