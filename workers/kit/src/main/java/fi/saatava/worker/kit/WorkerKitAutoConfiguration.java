package fi.saatava.worker.kit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import fi.saatava.worker.kit.http.GatewayProperties;
import fi.saatava.worker.kit.task.ExternalTaskTemplate;
import fi.saatava.worker.kit.task.TaskMetrics;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The kit's beans, picked up by auto-configuration so that a worker's standalone application and the launcher
 * get the same set without scanning each other's packages.
 */
@AutoConfiguration(afterName = "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration")
@EnableConfigurationProperties({WorkerProperties.class, GatewayProperties.class})
public class WorkerKitAutoConfiguration {

    @Bean
    TaskMetrics taskMetrics(MeterRegistry registry) {
        return new TaskMetrics(registry);
    }

    @Bean
    ExternalTaskTemplate externalTaskTemplate(WorkerProperties properties, TaskMetrics metrics) {
        return new ExternalTaskTemplate(properties.retryPolicy(), metrics);
    }
}
