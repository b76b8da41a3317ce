package fi.saatava.worker.creditcheck;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Import;

import fi.saatava.worker.creditcheck.bureau.CreditBureauClient;
import fi.saatava.worker.creditcheck.gateway.CreditCheckGatewayClient;
import fi.saatava.worker.kit.WorkerKitAutoConfiguration;

/**
 * The credit-check worker as an auto-configuration: its standalone application and the launcher both get it from
 * the jar without scanning its packages. {@code saatava.credit-check.enabled=false} leaves it out of a launcher.
 */
@AutoConfiguration(after = WorkerKitAutoConfiguration.class)
@ConditionalOnProperty(name = "saatava.credit-check.enabled", havingValue = "true", matchIfMissing = true)
@EnableFeignClients(clients = {CreditCheckGatewayClient.class, CreditBureauClient.class})
@Import(CheckCreditWorker.class)
public class CreditCheckWorkerAutoConfiguration {
}
