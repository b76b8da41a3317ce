package fi.saatava.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import fi.saatava.gateway.GatewayApplication;
import fi.saatava.simulators.SimulatorsApplication;
import fi.saatava.simulators.mailserver.SimulatedMailServer;
import fi.saatava.worker.launcher.WorkerLauncherApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Saatava as it runs, in one JVM: the gateway in the {@code simulation} profile on an embedded PostgreSQL with its job
 * executor running, the simulated outside systems and the worker launcher, each its own Spring application on a
 * random port, talking over real HTTP. All three share the gateway's simulation clock, so the outside systems' dates
 * (a judgment, a certificate, a print job) are simulated dates too.
 *
 * <p>The three applications share one class path: each loads only its own {@code application.yml} and leaves out the
 * others' auto-configurations (the engine, the database and the task client are the gateway's and the workers').
 */
final class RunningSystem implements AutoCloseable {

    private static final String WORKER_AUTO_CONFIGURATIONS = "fi.saatava.worker.";
    private static final String TASK_CLIENT_AUTO_CONFIGURATIONS = "org.camunda.bpm.client.";
    private static final String ENGINE_AUTO_CONFIGURATIONS = "org.camunda.bpm.spring.boot.";
    private static final List<String> DATABASE_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration");

    private final List<ConfigurableApplicationContext> applications = new ArrayList<>();
    private final String gatewayUrl;
    private final String simulatorsUrl;
    private final Clock clock;

    private RunningSystem(String simulationStart, Path outbox) {
        ConfigurableApplicationContext gateway = start(GatewayApplication.class, "gateway", "saatava-gateway-",
                null, excluding(name -> name.startsWith(WORKER_AUTO_CONFIGURATIONS)
                        || name.startsWith(TASK_CLIENT_AUTO_CONFIGURATIONS)),
                "--spring.profiles.active=simulation",
                "--saatava.simulation.start=" + simulationStart,
                "--saatava.embedded-postgres.data-directory=",
                "--saatava.embedded-postgres.port=0",
                "--saatava.business-collection.use-tratta=true",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000");
        this.clock = gateway.getBean(Clock.class);
        this.gatewayUrl = urlOf(gateway);
        ApplicationContextInitializer<ConfigurableApplicationContext> sharedClock =
                context -> context.getBeanFactory().registerSingleton("clock", clock);
        ConfigurableApplicationContext simulators = start(SimulatorsApplication.class, "simulators",
                "saatava-simulators-", sharedClock, excluding(name -> name.startsWith(WORKER_AUTO_CONFIGURATIONS)
                        || name.startsWith(TASK_CLIENT_AUTO_CONFIGURATIONS)
                        || name.startsWith(ENGINE_AUTO_CONFIGURATIONS) || DATABASE_AUTO_CONFIGURATIONS.contains(name)),
                // Outside parties take days: visible once simulated time has moved on.
                "--saatava.simulators.court.decision-delay=7d",
                "--saatava.simulators.enforcement.outcome-delay=14d");
        this.simulatorsUrl = urlOf(simulators);
        int smtpPort = simulators.getBean(SimulatedMailServer.class).port();
        start(WorkerLauncherApplication.class, "launcher", "saatava-worker-launcher-", sharedClock,
                excluding(name -> name.startsWith(ENGINE_AUTO_CONFIGURATIONS)
                        || DATABASE_AUTO_CONFIGURATIONS.contains(name)),
                "--saatava.gateway.url=" + gatewayUrl,
                "--saatava.simulators.url=" + simulatorsUrl,
                "--saatava.letters.outbox-dir=" + outbox,
                // E-mailed letters go to the simulators' mail server, as in ./run.sh.
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtpPort,
                "--saatava.court-summons.decision-poll-interval=500ms",
                "--saatava.enforcement.outcome-poll-interval=500ms",
                "--saatava.worker.initial-backoff=1s",
                "--camunda.bpm.client.async-response-timeout=5000");
    }

    /**
     * @param simulationStart where the gateway's simulated time starts (an ISO date or instant)
     * @param outbox          the letters worker's outbox directory
     */
    static RunningSystem start(String simulationStart, Path outbox) {
        return new RunningSystem(simulationStart, outbox);
    }

    String gatewayUrl() {
        return gatewayUrl;
    }

    String simulatorsUrl() {
        return simulatorsUrl;
    }

    /** The gateway's simulation clock, which the simulators and the workers share. */
    Clock clock() {
        return clock;
    }

    /** Stops the workers first, the gateway last. */
    @Override
    public void close() {
        List<ConfigurableApplicationContext> stopping = new ArrayList<>(applications);
        Collections.reverse(stopping);
        stopping.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext start(Class<?> application, String module, String artifact,
                                                 ApplicationContextInitializer<ConfigurableApplicationContext> clock,
                                                 String exclusions, String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.config.location=" + configurationOf(module, artifact),
                "--spring.autoconfigure.exclude=" + exclusions));
        args.addAll(List.of(settings));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application);
        if (clock != null) {
            builder.initializers(clock);
        }
        ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
        applications.add(context);
        return context;
    }

    /** The module's own {@code application.yml}: from its build output in the reactor, else from its jar. */
    private static String configurationOf(String module, String artifact) {
        try {
            for (URL url : Collections.list(RunningSystem.class.getClassLoader().getResources("application.yml"))) {
                String location = url.toString();
                if (location.contains("/" + module + "/target/classes/") || location.contains("/" + artifact)) {
                    return location;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No application.yml of " + module + " on the class path");
    }

    private static String excluding(Predicate<String> excluded) {
        List<String> names = new ArrayList<>();
        for (String name : ImportCandidates.load(AutoConfiguration.class, RunningSystem.class.getClassLoader())) {
            if (excluded.test(name)) {
                names.add(name);
            }
        }
        return String.join(",", names);
    }

    private static String urlOf(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
