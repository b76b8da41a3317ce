package fi.saatava.worker.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.simulators.SimulatorsApplication;

/**
 * The real simulators application, started in the test's JVM on a random port, so a worker test talks to the same
 * court, enforcement authority and registers over real HTTP as a local run does. The workers' own auto-configurations
 * (and the external task client) are on the same class path and are kept out of the simulators' context.
 */
public final class RunningSimulators implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final RestClient http;

    private RunningSimulators(ConfigurableApplicationContext context) {
        this.context = context;
        this.baseUrl = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        this.http = RestClient.create(baseUrl);
    }

    /** Starts the simulators; {@code settings} are extra {@code name=value} properties (delays, …). */
    public static RunningSimulators start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.application.name=saatava-simulators",
                "--spring.autoconfigure.exclude=" + String.join(",", workerAutoConfigurations())));
        for (String setting : settings) {
            args.add("--" + setting);
        }
        return new RunningSimulators(new SpringApplicationBuilder(SimulatorsApplication.class)
                .run(args.toArray(String[]::new)));
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** What one simulated system received ({@code GET /simulator/requests?system=…}), oldest first. */
    public List<JsonNode> requests(String system) {
        JsonNode all = http.get().uri("/simulator/requests?system={system}", system).retrieve().body(JsonNode.class);
        List<JsonNode> requests = new ArrayList<>();
        all.forEach(requests::add);
        return requests;
    }

    /** Forgets every request and every system's state. */
    public void reset() {
        http.delete().uri("/simulator/requests").retrieve().toBodilessEntity();
    }

    @Override
    public void close() {
        context.close();
    }

    private static List<String> workerAutoConfigurations() {
        List<String> excluded = new ArrayList<>();
        for (String name : ImportCandidates.load(AutoConfiguration.class, RunningSimulators.class.getClassLoader())) {
            if (name.startsWith("fi.saatava.worker.") || name.startsWith("org.camunda.bpm.client.")) {
                excluded.add(name);
            }
        }
        return excluded;
    }
}
