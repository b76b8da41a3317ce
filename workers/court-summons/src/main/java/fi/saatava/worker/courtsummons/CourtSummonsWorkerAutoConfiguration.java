package fi.saatava.worker.courtsummons;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import fi.saatava.worker.courtsummons.court.CourtClient;
import fi.saatava.worker.courtsummons.gateway.SummonsGatewayClient;
import fi.saatava.worker.kit.WorkerKitAutoConfiguration;
import fi.saatava.worker.kit.engine.EngineMessagingAutoConfiguration;
import fi.saatava.worker.kit.engine.FilingOutcomeCorrelator;
import fi.saatava.worker.kit.engine.PollingSchedule;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The court-summons worker as an auto-configuration, for its standalone application and the launcher alike.
 * {@code saatava.court-summons.enabled=false} leaves it out of a launcher.
 */
@AutoConfiguration(after = {WorkerKitAutoConfiguration.class, EngineMessagingAutoConfiguration.class})
@ConditionalOnProperty(name = "saatava.court-summons.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CourtSummonsProperties.class)
@EnableFeignClients(clients = {SummonsGatewayClient.class, CourtClient.class})
@Import(FileSummonsWorker.class)
public class CourtSummonsWorkerAutoConfiguration {

    @Bean
    CourtDecisionPoller courtDecisionPoller(FilingOutcomeCorrelator correlator, MeterRegistry registry,
            CourtClient court) {
        return new CourtDecisionPoller(correlator, registry, court);
    }

    /** Polls the judgment register unless {@code saatava.court-summons.decision-polling-enabled=false}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "saatava.court-summons.decision-polling-enabled", havingValue = "true",
            matchIfMissing = true)
    @EnableScheduling
    static class DecisionPolling {

        @Bean
        PollingSchedule courtDecisionPolling(CourtDecisionPoller poller, CourtSummonsProperties properties) {
            return new PollingSchedule(poller, properties.decisionPollInterval());
        }
    }
}
