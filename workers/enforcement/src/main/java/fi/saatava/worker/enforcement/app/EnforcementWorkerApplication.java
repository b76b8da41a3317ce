package fi.saatava.worker.enforcement.app;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The enforcement worker on its own ({@code java -jar saatava-enforcement-worker-*-exec.jar}, port 8086). It lives in
 * a sub-package so that nothing scans it into the launcher; the worker comes from
 * {@code EnforcementWorkerAutoConfiguration}.
 */
@SpringBootApplication
public class EnforcementWorkerApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(EnforcementWorkerApplication.class);
        application.setDefaultProperties(Map.of("server.port", "8086", "spring.application.name", "enforcement-worker"));
        application.run(args);
    }
}
