package fi.saatava.worker.courtsummons.app;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The court-summons worker on its own ({@code java -jar saatava-court-summons-worker-*-exec.jar}, port 8085). It lives
 * in a sub-package so that nothing scans it into the launcher; the worker comes from
 * {@code CourtSummonsWorkerAutoConfiguration}.
 */
@SpringBootApplication
public class CourtSummonsWorkerApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CourtSummonsWorkerApplication.class);
        application.setDefaultProperties(Map.of("server.port", "8085", "spring.application.name", "court-summons-worker"));
        application.run(args);
    }
}
