package fi.saatava.worker.kit;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the workers' default properties ({@value #DEFAULTS}) with the lowest precedence. Worker jars carry no
 * {@code application.yml} (only one would win on the launcher's classpath); with this every worker, standalone or
 * inside the launcher, gets the same defaults, and any application.yml, system property or environment variable
 * (SAATAVA_GATEWAY_URL, …) overrides them.
 */
public class WorkerDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String DEFAULTS = "fi/saatava/worker/kit/worker-defaults.properties";
    static final String SOURCE_NAME = "saatavaWorkerDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            new PropertiesPropertySourceLoader().load(SOURCE_NAME, new ClassPathResource(DEFAULTS))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
        }
    }
}
