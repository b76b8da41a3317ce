package fi.saatava.gateway.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; kept between runs so claims survive a restart. Empty means a
 *                      temporary directory that is deleted on shutdown (tests).
 * @param port          fixed so a developer can {@code psql -h localhost -p 5433 -U postgres saatava}; 0 picks a free port
 * @param database      the database the gateway uses inside the cluster, created on first start
 */
@ConfigurationProperties("saatava.embedded-postgres")
public record EmbeddedPostgresProperties(
        Path dataDirectory,
        @DefaultValue("5433") int port,
        @DefaultValue("saatava") String database) {

    boolean temporary() {
        return dataDirectory == null || dataDirectory.toString().isBlank();
    }
}
