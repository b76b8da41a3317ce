package fi.saatava.worker.launcher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Every Saatava worker in one JVM with one external task client (port 8081, actuator only), for small
 * installations and local runs. Each worker arrives through its jar's auto-configuration; this package is the
 * only one scanned, so the workers' standalone applications never load here.
 * {@code saatava.<worker>.enabled=false} leaves a worker out.
 */
@SpringBootApplication
public class WorkerLauncherApplication {

    public static void main(String[] args) {
        SpringApplication.run(WorkerLauncherApplication.class, args);
    }
}
