package fi.saatava.worker.courtsummons;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code saatava.court-summons.*}: the court URL and API key (read by the client), an optional fixed court, who
 * signs the applications, and how often the judgment register is polled.
 *
 * @param court                  file every application in this court instead of choosing by domicile
 * @param signatory              the name the applications are signed with
 * @param decisionPollInterval   time between polls of the judgment register
 * @param decisionPollingEnabled false on extra replicas of the worker
 */
@ConfigurationProperties("saatava.court-summons")
public record CourtSummonsProperties(
        String court,
        @DefaultValue("Saatava Perintä Oy") String signatory,
        @DefaultValue("30s") Duration decisionPollInterval,
        @DefaultValue("true") boolean decisionPollingEnabled) {
}
