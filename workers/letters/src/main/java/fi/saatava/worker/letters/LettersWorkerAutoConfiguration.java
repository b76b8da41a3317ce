package fi.saatava.worker.letters;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import fi.saatava.worker.kit.WorkerKitAutoConfiguration;
import fi.saatava.worker.letters.delivery.Outbox;
import fi.saatava.worker.letters.gateway.LetterGatewayClient;
import fi.saatava.worker.letters.render.LetterRenderer;

/**
 * The letters worker as an auto-configuration: its standalone application and the launcher both get it from the
 * jar without scanning its packages. {@code saatava.letters.enabled=false} leaves it out of a launcher.
 */
@AutoConfiguration(after = WorkerKitAutoConfiguration.class)
@ConditionalOnProperty(name = "saatava.letters.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(LettersProperties.class)
@EnableFeignClients(clients = LetterGatewayClient.class)
@Import(SendLetterWorker.class)
public class LettersWorkerAutoConfiguration {

    @Bean
    LetterRenderer letterRenderer() {
        return new LetterRenderer();
    }

    @Bean
    Outbox letterOutbox(LettersProperties properties) {
        return new Outbox(properties.outboxDir());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
