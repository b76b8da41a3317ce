package fi.saatava.gateway.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL (zonky, binaries from Maven Central) when no {@code spring.datasource.url} is set,
 * so one command runs the gateway on a fresh machine. With a datasource URL, Spring Boot's own auto-configuration
 * connects to that server instead and this class does nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlConfigured.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final String SUPERUSER = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        // Spring stops the server after the connection pool is closed; zonky's own JVM hook would race it.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(properties.port())
                .setRegisterShutdownHook(false);
        if (!properties.temporary()) {
            builder.setDataDirectory(properties.dataDirectory().toAbsolutePath()).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        createDatabaseIfMissing(postgres, properties.database());
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
                properties.temporary() ? "a temporary directory" : properties.dataDirectory().toAbsolutePath());
        return postgres;
    }

    /** Hikari pool on the embedded server; {@code spring.datasource.hikari.*} still tunes it. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(SUPERUSER, properties.database()));
        dataSource.setUsername(SUPERUSER);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        DataSource maintenance = postgres.getPostgresDatabase();
        try (Connection connection = maintenance.getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " in the embedded PostgreSQL", e);
        }
    }
}
