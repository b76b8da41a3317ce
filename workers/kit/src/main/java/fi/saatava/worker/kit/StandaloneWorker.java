package fi.saatava.worker.kit;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one worker as its own application, with its port and name as overridable defaults (docs/contracts.md). */
public final class StandaloneWorker {

    private StandaloneWorker() {
    }

    public static ConfigurableApplicationContext run(Class<?> application, int port, String name, String[] args) {
        SpringApplication app = new SpringApplication(application);
        app.setDefaultProperties(Map.of("server.port", String.valueOf(port), "spring.application.name", name));
        return app.run(args);
    }
}
