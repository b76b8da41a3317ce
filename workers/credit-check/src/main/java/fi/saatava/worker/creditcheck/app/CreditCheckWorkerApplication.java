package fi.saatava.worker.creditcheck.app;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The credit-check worker on its own ({@code java -jar saatava-credit-check-worker-*-exec.jar}, port 8083).
 * It lives in a sub-package so that nothing scans it into the launcher; the worker itself comes from
 * {@code CreditCheckWorkerAutoConfiguration}.
 */
@SpringBootApplication
public class CreditCheckWorkerApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CreditCheckWorkerApplication.class);
        application.setDefaultProperties(Map.of("server.port", "8083", "spring.application.name", "credit-check-worker"));
        application.run(args);
    }
}
