package fi.saatava.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Claim intake benchmark against a running gateway: registers a creditor, then measures
 * (1) single claims through {@code POST /api/v1/claims} from concurrent clients and
 * (2) one batch through {@code POST /api/v1/claim-batches}, from upload to the last row processed (the batch's
 * {@code receivedAt} to {@code completedAt}, both stamped by the gateway).
 *
 * <p>Arguments (all optional): {@code --url http://localhost:8080 --admin admin:admin --claims 2000 --clients 8
 * --batch 20000}. Every claim is valid and new (its own creditor reference), so every one starts a process.
 */
public final class IntakeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HETU = "131052-308T";
    /** The batch's own timestamps give the result, so polling once a second does not skew it. */
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    /** A batch that has not completed by then is stuck (100 000 rows at well under 500/s still finish in it). */
    private static final Duration BATCH_DEADLINE = Duration.ofMinutes(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;
    private final String admin;
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private IntakeBenchmark(String url, String admin) {
        this.url = url;
        this.admin = admin;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        IntakeBenchmark benchmark = new IntakeBenchmark(options.getOrDefault("url", "http://localhost:8080"),
                options.getOrDefault("admin", "admin:admin"));
        String apiKey = benchmark.registerCreditor();
        int claims = Integer.parseInt(options.getOrDefault("claims", "2000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "20000"));
        System.out.printf("JVM: %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        if (claims > 0) {
            benchmark.singleClaims(apiKey, Math.min(200, claims), clients); // warm-up: JIT, caches, pools
            benchmark.singleClaims(apiKey, claims, clients);
        }
        if (batch > 0) {
            benchmark.batch(apiKey, batch);
        }
    }

    private String registerCreditor() throws Exception {
        String body = """
                {"name": "Benchmark Oy", "businessId": "%s", "settlementIban": "FI37 1590 3000 0007 76",
                 "address": {"street": "Mittarikatu 1", "postalCode": "00100", "city": "Helsinki"},
                 "contact": {"name": "Bench", "email": "bench@saatava.example"},
                 "letterLanguage": "fi", "commission": {"percent": "10.00", "fixedFeePerClaim": "0.00"}}"""
                .formatted(businessId());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/admin/creditors"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        admin.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Registering the creditor failed: " + response.body());
        }
        return JSON.readTree(response.body()).at("/apiKey/key").asText();
    }

    private void singleClaims(String apiKey, int count, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Instant start = Instant.now();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/claims"))
                            .header("Authorization", "Bearer " + apiKey)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(claim("single-" + run + "-" + count + "-" + i)))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        System.out.printf("single claims: %d in %.1f s with %d clients = %.0f claims/s (%d failed)%n", count, seconds,
                clients, count / seconds, failed.get());
    }

    private void batch(String apiKey, int rows) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            body.append(claim("batch-" + run + "-" + i)).append('\n');
        }
        Instant start = Instant.now();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/claim-batches"))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("The batch was not accepted: " + accepted.body());
        }
        double uploadSeconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        String location = accepted.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plus(BATCH_DEADLINE);
        JsonNode batch;
        do {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The batch did not complete within " + BATCH_DEADLINE + ": " + location);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
            batch = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(location + "?size=1"))
                    .header("Authorization", "Bearer " + apiKey).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } while (!"COMPLETED".equals(batch.get("status").asText()));
        double seconds = Duration.between(Instant.parse(batch.get("receivedAt").asText()),
                Instant.parse(batch.get("completedAt").asText())).toMillis() / 1000.0;
        System.out.printf("batch: %d rows uploaded in %.1f s, processed in %.1f s = %.0f claims/s (%d accepted, %d "
                + "rejected)%n", rows, uploadSeconds, seconds, rows / seconds, batch.get("accepted").asLong(),
                batch.get("rejected").asLong());
    }

    private static String claim(String reference) {
        return """
                {"creditorReference": "%s", "debtor": {"type": "CONSUMER", "name": "Maija Meikäläinen", \
                "identityCode": "%s", "language": "fi", "address": {"street": "Kotikatu 1 A 2", "postalCode": \
                "00100", "city": "Helsinki"}}, "invoice": {"number": "%s", "invoiceDate": "2025-10-27", "dueDate": \
                "2025-11-10", "principal": "120.00", "description": "Broadband, October 2025", \
                "reminderAlreadySent": false}}""".formatted(reference, HETU, reference);
    }

    /** A Y-tunnus with a valid check digit, new for each run. */
    private static String businessId() {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        for (long seed = System.currentTimeMillis() % 9_000_000 + 1_000_000; ; seed++) {
            String body = Long.toString(seed);
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 != 1) {
                return body + "-" + (sum % 11 == 0 ? 0 : 11 - sum % 11);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
