package fi.saatava.worker.insolvency;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Import;

import fi.saatava.worker.insolvency.gateway.InsolvencyGatewayClient;
import fi.saatava.worker.insolvency.register.InsolvencyRegisterClient;
import fi.saatava.worker.kit.WorkerKitAutoConfiguration;
import fi.saatava.worker.kit.engine.EngineMessagingAutoConfiguration;

/**
 * The insolvency worker as an auto-configuration, for its standalone application and the launcher alike.
 * {@code saatava.insolvency.enabled=false} leaves it out of a launcher.
 */
@AutoConfiguration(after = {WorkerKitAutoConfiguration.class, EngineMessagingAutoConfiguration.class})
@ConditionalOnProperty(name = "saatava.insolvency.enabled", havingValue = "true", matchIfMissing = true)
@EnableFeignClients(clients = {InsolvencyGatewayClient.class, InsolvencyRegisterClient.class})
@Import(LodgeInsolvencyClaimWorker.class)
public class InsolvencyWorkerAutoConfiguration {
}
