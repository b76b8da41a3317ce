package fi.saatava.worker.kit.engine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;

import fi.saatava.worker.kit.WorkerKitAutoConfiguration;

/**
 * The engine REST client and the exactly-once correlator, once per application: workers that report outside
 * outcomes as messages (court decisions, enforcement events) share them, in the launcher too.
 */
@AutoConfiguration(after = WorkerKitAutoConfiguration.class)
@EnableFeignClients(clients = EngineRestClient.class)
public class EngineMessagingAutoConfiguration {

    @Bean
    FilingOutcomeCorrelator filingOutcomeCorrelator(EngineRestClient engine) {
        return new FilingOutcomeCorrelator(engine);
    }
}
