package fi.saatava.gateway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole gateway on a random port, on an embedded PostgreSQL with a temporary data directory and the real
 * Camunda engine (job executor off: tests execute jobs themselves). Every test class uses exactly this
 * configuration, so Spring's context cache gives them one shared application and database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, GatewayHttp.class, TestCreditors.class, ClaimTables.class, ProcessDriver.class,
        LetterApi.class, CollectionJourney.class, FilingApi.class, MoneyApi.class})
public @interface GatewayTest {
}
