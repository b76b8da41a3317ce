package fi.saatava.worker.draftprotest;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Import;

import fi.saatava.worker.draftprotest.bureau.DraftRegistryClient;
import fi.saatava.worker.draftprotest.gateway.DraftGatewayClient;
import fi.saatava.worker.kit.WorkerKitAutoConfiguration;

/**
 * The draft-protest workers as an auto-configuration, for their standalone application and the launcher alike.
 * {@code saatava.draft-protest.enabled=false} leaves them out of a launcher.
 */
@AutoConfiguration(after = WorkerKitAutoConfiguration.class)
@ConditionalOnProperty(name = "saatava.draft-protest.enabled", havingValue = "true", matchIfMissing = true)
@EnableFeignClients(clients = {DraftGatewayClient.class, DraftRegistryClient.class})
@Import({RegisterDraftWorker.class, PublishDraftWorker.class, RemoveDefaultEntryWorker.class})
public class DraftProtestWorkerAutoConfiguration {
}
