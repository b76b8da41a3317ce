package fi.saatava.worker.creditcheck.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import fi.saatava.worker.kit.StandaloneWorker;

/**
 * The credit-check worker on its own ({@code java -jar saatava-credit-check-worker-*-exec.jar}, port 8083).
 * It lives in a sub-package so that nothing scans it into the launcher; the worker itself comes from
 * {@code CreditCheckWorkerAutoConfiguration}.
 */
@SpringBootApplication
public class CreditCheckWorkerApplication {

    public static void main(String[] args) {
        StandaloneWorker.run(CreditCheckWorkerApplication.class, 8083, "credit-check-worker", args);
    }
}
