package fi.saatava.worker.insolvency.app;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The insolvency worker on its own ({@code java -jar saatava-insolvency-worker-*-exec.jar}, port 8087). In a
 * sub-package so that nothing scans it into the launcher; the worker comes from
 * {@code InsolvencyWorkerAutoConfiguration}.
 */
@SpringBootApplication
public class InsolvencyWorkerApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(InsolvencyWorkerApplication.class);
        application.setDefaultProperties(Map.of("server.port", "8087", "spring.application.name", "insolvency-worker"));
        application.run(args);
    }
}
