package fi.saatava.worker.draftprotest.app;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The draft-protest workers on their own ({@code java -jar saatava-draft-protest-worker-*-exec.jar}, port 8084). In a
 * sub-package so that nothing scans it into the launcher; the workers come from
 * {@code DraftProtestWorkerAutoConfiguration}.
 */
@SpringBootApplication
public class DraftProtestWorkerApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(DraftProtestWorkerApplication.class);
        application.setDefaultProperties(Map.of("server.port", "8084", "spring.application.name", "draft-protest-worker"));
        application.run(args);
    }
}
