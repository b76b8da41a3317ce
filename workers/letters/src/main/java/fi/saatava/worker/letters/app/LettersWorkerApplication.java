package fi.saatava.worker.letters.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import fi.saatava.worker.kit.StandaloneWorker;

/**
 * The letters worker on its own ({@code java -jar saatava-letters-worker-*-exec.jar}, port 8082). It lives in a
 * sub-package so that nothing scans it into the launcher; the worker itself comes from
 * {@code LettersWorkerAutoConfiguration}.
 */
@SpringBootApplication
public class LettersWorkerApplication {

    public static void main(String[] args) {
        StandaloneWorker.run(LettersWorkerApplication.class, 8082, "letters-worker", args);
    }
}
