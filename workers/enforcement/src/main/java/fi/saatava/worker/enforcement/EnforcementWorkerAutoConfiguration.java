package fi.saatava.worker.enforcement;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import fi.saatava.worker.enforcement.authority.EnforcementAuthorityClient;
import fi.saatava.worker.enforcement.gateway.EnforcementGatewayClient;
import fi.saatava.worker.kit.WorkerKitAutoConfiguration;
import fi.saatava.worker.kit.engine.EngineMessagingAutoConfiguration;
import fi.saatava.worker.kit.engine.FilingOutcomeCorrelator;
import fi.saatava.worker.kit.engine.PollingSchedule;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The enforcement worker as an auto-configuration, for its standalone application and the launcher alike.
 * {@code saatava.enforcement.enabled=false} leaves it out of a launcher.
 */
@AutoConfiguration(after = {WorkerKitAutoConfiguration.class, EngineMessagingAutoConfiguration.class})
@ConditionalOnProperty(name = "saatava.enforcement.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(EnforcementProperties.class)
@EnableFeignClients(clients = {EnforcementGatewayClient.class, EnforcementAuthorityClient.class})
@Import(FileEnforcementWorker.class)
public class EnforcementWorkerAutoConfiguration {

    @Bean
    EnforcementOutcomePoller enforcementOutcomePoller(FilingOutcomeCorrelator correlator, MeterRegistry registry,
            EnforcementAuthorityClient authority) {
        return new EnforcementOutcomePoller(correlator, registry, authority);
    }

    /** Polls the authority's events unless {@code saatava.enforcement.outcome-polling-enabled=false}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "saatava.enforcement.outcome-polling-enabled", havingValue = "true",
            matchIfMissing = true)
    @EnableScheduling
    static class OutcomePolling {

        @Bean
        PollingSchedule enforcementOutcomePolling(EnforcementOutcomePoller poller, EnforcementProperties properties) {
            return new PollingSchedule(poller, properties.outcomePollInterval());
        }
    }
}
