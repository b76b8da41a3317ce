package fi.saatava.worker.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.env.StandardEnvironment;

class WorkerDefaultsEnvironmentPostProcessorTest {

    private final WorkerDefaultsEnvironmentPostProcessor postProcessor = new WorkerDefaultsEnvironmentPostProcessor();

    @Test
    void withNothingConfiguredWorkersTalkToTheLocalGatewayAsAdmin() {
        StandardEnvironment environment = new StandardEnvironment();

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.bpm.client.base-url")).isEqualTo("http://localhost:8080/engine-rest");
        assertThat(environment.getProperty("camunda.bpm.client.basic-auth.username")).isEqualTo("admin");
        assertThat(environment.getProperty("camunda.bpm.client.async-response-timeout")).isEqualTo("20000");
        assertThat(environment.getProperty("saatava.simulators.url")).isEqualTo("http://localhost:8090");
    }

    @Test
    void environmentVariablesWinOverTheDefaults() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env",
                Map.of("SAATAVA_GATEWAY_URL", "http://gateway:8080", "SAATAVA_GATEWAY_USER", "worker")));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("camunda.bpm.client.base-url")).isEqualTo("http://gateway:8080/engine-rest");
        assertThat(environment.getProperty("camunda.bpm.client.basic-auth.username")).isEqualTo("worker");
    }

    @Test
    void addsTheDefaultsOnlyOnceAndLast() {
        StandardEnvironment environment = new StandardEnvironment();

        postProcessor.postProcessEnvironment(environment, new SpringApplication());
        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().stream().map(s -> s.getName()))
                .containsOnlyOnce(WorkerDefaultsEnvironmentPostProcessor.SOURCE_NAME)
                .last().isEqualTo(WorkerDefaultsEnvironmentPostProcessor.SOURCE_NAME);
    }
}
