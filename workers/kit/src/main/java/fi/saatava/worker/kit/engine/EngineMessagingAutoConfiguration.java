package fi.saatava.worker.kit.engine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;

import fi.saatava.worker.kit.WorkerKitAutoConfiguration;
import fi.saatava.worker.kit.filing.FilingReceiptClient;

/**
 * What the filing workers share, registered once per application so the launcher can hold them all: the engine REST
 * client and the exactly-once correlator (court decisions, enforcement events become messages) and the gateway's
 * filing receipts.
 */
@AutoConfiguration(after = WorkerKitAutoConfiguration.class)
@EnableFeignClients(clients = {EngineRestClient.class, FilingReceiptClient.class})
public class EngineMessagingAutoConfiguration {

    @Bean
    FilingOutcomeCorrelator filingOutcomeCorrelator(EngineRestClient engine) {
        return new FilingOutcomeCorrelator(engine);
    }
}
