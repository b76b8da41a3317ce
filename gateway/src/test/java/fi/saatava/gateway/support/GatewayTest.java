package fi.saatava.gateway.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole gateway on a random port, on an embedded PostgreSQL with a temporary data directory and the real
 * Camunda engine (job executor off: tests execute jobs themselves); the process coverage of each test class is
 * reported in {@code target/process-test-coverage}. Every test class uses exactly this configuration, so Spring's
 * context cache gives them one shared application and database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Import({TestClockConfiguration.class, GatewayHttp.class, TestCreditors.class, ClaimTables.class, ProcessDriver.class,
        LetterApi.class, CollectionJourney.class, FilingApi.class, MoneyApi.class,
        ProcessEngineCoverageConfiguration.class})
public @interface GatewayTest {
}
