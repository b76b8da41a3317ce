package fi.saatava.worker.letters;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the letters worker ({@code saatava.letters.*}); the defaults work standalone and in the launcher.
 * The print house's URL is {@code saatava.letters.print-house-url} (default the simulators'), SMTP is Spring's
 * {@code spring.mail.*}.
 *
 * @param outboxDir where every rendered letter is written as {@code <letterId>.pdf}
 * @param mailClass the print house's mail class: {@code ECONOMY} or {@code PRIORITY}
 * @param emailFrom the sender address of e-mailed letters (replies go to the collector's address)
 */
@ConfigurationProperties("saatava.letters")
public record LettersProperties(
        @DefaultValue("./var/outbox") Path outboxDir,
        @DefaultValue("ECONOMY") String mailClass,
        @DefaultValue("letters@saatava.example") String emailFrom) {
}
