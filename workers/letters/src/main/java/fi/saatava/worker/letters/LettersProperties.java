package fi.saatava.worker.letters;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the letters worker ({@code saatava.letters.*}); the defaults work standalone and in the launcher.
 *
 * @param outboxDir where rendered letters are written as {@code <letterId>.pdf}
 */
@ConfigurationProperties("saatava.letters")
public record LettersProperties(@DefaultValue("./var/outbox") Path outboxDir) {
}
