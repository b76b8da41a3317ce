package fi.saatava.worker.letters;

import java.time.Clock;
import java.util.List;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;


import fi.saatava.worker.kit.WorkerKitAutoConfiguration;
import fi.saatava.worker.letters.delivery.DeliveryChannels;
import fi.saatava.worker.letters.delivery.EmailChannel;
import fi.saatava.worker.letters.delivery.Outbox;
import fi.saatava.worker.letters.delivery.OutboxChannel;
import fi.saatava.worker.letters.delivery.PrintChannel;
import fi.saatava.worker.letters.delivery.PrintHouseClient;
import fi.saatava.worker.letters.gateway.LetterGatewayClient;
import fi.saatava.worker.letters.render.LetterRenderer;
import fi.saatava.worker.letters.render.LetterTexts;

/**
 * The letters worker as an auto-configuration: its standalone application and the launcher both get it from the
 * jar without scanning its packages. {@code saatava.letters.enabled=false} leaves it out of a launcher.
 */
@AutoConfiguration(after = WorkerKitAutoConfiguration.class)
@ConditionalOnProperty(name = "saatava.letters.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(LettersProperties.class)
@EnableFeignClients(clients = {LetterGatewayClient.class, PrintHouseClient.class})
@Import(SendLetterWorker.class)
public class LettersWorkerAutoConfiguration {

    @Bean
    LetterTexts letterTexts() {
        return new LetterTexts();
    }

    @Bean
    LetterRenderer letterRenderer(LetterTexts texts) {
        return new LetterRenderer(texts);
    }

    @Bean
    DeliveryChannels letterDeliveryChannels(PrintHouseClient printHouse, ObjectProvider<JavaMailSender> mailSender,
            LetterTexts texts, Outbox outbox, LettersProperties properties) {
        return new DeliveryChannels(List.of(
                new OutboxChannel(),
                new PrintChannel(printHouse, properties.mailClass()),
                new EmailChannel(mailSender, texts, outbox, properties.emailFrom())));
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
