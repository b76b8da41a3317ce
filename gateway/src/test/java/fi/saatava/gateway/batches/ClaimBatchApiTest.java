package fi.saatava.gateway.batches;

import static fi.saatava.gateway.support.ClaimJson.debtor;
import static fi.saatava.gateway.support.ClaimJson.invoice;
import static fi.saatava.gateway.support.ClaimJson.validBusinessClaim;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.support.ClaimTables;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.gateway.support.TestCreditors.TestCreditor;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST /api/v1/claim-batches and GET /api/v1/claim-batches/{id}. */
@GatewayTest
class ClaimBatchApiTest {

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    GatewayHttp http;

    @Autowired
    TestCreditors creditors;

    @Autowired
    ClaimTables tables;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ClaimBatchRepository batches;

    @Autowired
    BatchProcessor processor;

    @Autowired
    JdbcClient jdbc;

    private Answer upload(String apiKey, MediaType type, String body) {
        return http.exchange(RequestEntity.post(URI.create("/api/v1/claim-batches"))
                .headers(headers -> headers.setBearerAuth(apiKey)).contentType(type).body(body));
    }

    private JsonNode completed(String apiKey, String location, String query) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(
                () -> http.get(apiKey, location + "?size=1").body().get("status").asText().equals("COMPLETED"));
        return http.get(apiKey, location + query).body();
    }

    @Test
    void tenThousandRowsWithSomeBadOnesAreAllReportedAndTheGoodOnesStored() {
        TestCreditor creditor = creditors.register();
        ObjectNode claimedTwice = validConsumerClaim();
        List<String> lines = new ArrayList<>();
        Map<Integer, String> badRows = new TreeMap<>();
        for (int row = 1; row <= 10_000; row++) {
            ObjectNode claim = validConsumerClaim();
            if (row % 1000 == 17) {
                debtor(claim).put("identityCode", "131052-308A");
                badRows.put(row, "debtor.identityCode");
            } else if (row % 1000 == 444) {
                invoice(claim).put("principal", "0.00").put("dueDate", "2025-10-01");
                badRows.put(row, "invoice.dueDate,invoice.principal");
            } else if (row == 5_000) {
                claim.put("priority", "HIGH");
                badRows.put(row, "priority");
            }
            lines.add(row == 7_777 ? "{\"creditorReference\": \"broken" : row == 2 || row == 3
                    ? claimedTwice.toString() : claim.toString());
        }
        badRows.put(7_777, "row");
        ObjectNode conflicting = claimedTwice.deepCopy();
        invoice(conflicting).put("principal", "99.00");
        lines.set(3, conflicting.toString()); // row 4 reuses row 2's reference with other content
        badRows.put(4, "creditorReference");
        ClaimTables.Counts before = tables.counts();

        Answer accepted = upload(creditor.apiKey(), JSON_LINES, String.join("\n", lines) + "\n");

        assertThat(accepted.status()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.body().get("rows").asInt()).isEqualTo(10_000);
        String location = URI.create(accepted.location()).getPath();
        JsonNode batch = completed(creditor.apiKey(), location, "?status=REJECTED");
        assertThat(batch.get("accepted").asLong()).isEqualTo(10_000 - badRows.size());
        assertThat(batch.get("rejected").asLong()).isEqualTo(badRows.size());
        assertThat(batch.get("pending").asLong()).isZero();
        assertThat(batch.get("completedAt").asText()).isNotBlank();
        Map<Integer, String> reported = new TreeMap<>();
        for (JsonNode row : batch.get("results")) {
            assertThat(row.get("status").asText()).isEqualTo("REJECTED");
            reported.put(row.get("row").asInt(), row.get("errors").findValuesAsText("field").stream()
                    .collect(Collectors.joining(",")));
        }
        assertThat(reported).isEqualTo(badRows);
        // Rows 2 and 3 are the same claim: stored once, the second reported as its replay.
        JsonNode firstRows = http.get(creditor.apiKey(), location + "?size=3").body().get("results");
        assertThat(firstRows.get(1).get("claimId")).isEqualTo(firstRows.get(2).get("claimId"));
        assertThat(firstRows.get(1).get("replayed").asBoolean()).isFalse();
        assertThat(firstRows.get(2).get("replayed").asBoolean()).isTrue();
        ClaimTables.Counts after = tables.counts();
        long newClaims = 10_000 - badRows.size() - 1;
        assertThat(after.claims() - before.claims()).isEqualTo(newClaims);
        assertThat(after.runningProcesses() - before.runningProcesses()).isEqualTo(newClaims);
        assertThat(http.get(creditor.apiKey(), "/api/v1/claims/" + firstRows.get(1).get("claimId").asText())
                .status()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void csvRowsAreClaimsTooAndABadHeaderIsRefusedWhole() {
        TestCreditor creditor = creditors.register();
        String header = "creditorReference,debtor.type,debtor.name,debtor.identityCode,debtor.address.street,"
                + "debtor.address.postalCode,debtor.address.city,debtor.language,invoice.number,invoice.invoiceDate,"
                + "invoice.dueDate,invoice.principal,invoice.description,invoice.reminderAlreadySent,"
                + "terms.commercialPayment";
        String rows = header + "\n"
                + "CSV-" + UUID.randomUUID() + ",CONSUMER,Maija Meikäläinen,131052-308T,\"Kotikatu 1, A 2\",00100,"
                + "Helsinki,fi,INV-1,2025-10-27,2025-11-10,120.00,Broadband,false,\n"
                + "CSV-" + UUID.randomUUID() + ",BUSINESS,Esimerkki Oy,2077474-0,Tehdaskatu 3,33100,Tampere,fi,INV-2,"
                + "2025-10-27,2025-11-10,1800.00,Consulting,false,true\n"
                + "CSV-" + UUID.randomUUID() + ",CONSUMER,Matti,131052-308T,Kotikatu 2,0010,Helsinki,de,INV-3,"
                + "2025-10-27,2025-11-10,12.5,Broadband,maybe,\n";

        Answer accepted = upload(creditor.apiKey(), CSV, rows);
        Answer badHeader = upload(creditor.apiKey(), CSV, "creditorReference,debtor.nickname\nX,Y\n");

        JsonNode batch = completed(creditor.apiKey(), URI.create(accepted.location()).getPath(), "");
        assertThat(batch.get("format").asText()).isEqualTo("CSV");
        assertThat(batch.get("accepted").asLong()).isEqualTo(2);
        assertThat(batch.at("/results/2/errors").findValuesAsText("field")).containsExactly("invoice.reminderAlreadySent");
        JsonNode business = http.get(creditor.apiKey(), "/api/v1/claims/" + batch.at("/results/1/claimId").asText())
                .body();
        assertThat(business.at("/terms/commercialPayment").asBoolean()).isTrue();
        assertThat(business.at("/balances/fees").asText()).isEqualTo("40.00");
        JsonNode first = http.get(creditor.apiKey(), "/api/v1/claims/" + batch.at("/results/0/claimId").asText())
                .body();
        assertThat(first.at("/debtor/address/street").asText()).isEqualTo("Kotikatu 1, A 2");
        assertThat(badHeader.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badHeader.body().get("errors").findValuesAsText("field")).containsExactly("header[1]");
    }

    @Test
    void rowsLeftPendingByACrashAreTakenUpAgain() {
        TestCreditor creditor = creditors.register();
        UUID batchId = UUID.randomUUID();
        // As a crash after the upload's commit leaves it: the batch and its rows stored, none processed.
        batches.insertBatch(batchId, UUID.fromString(creditor.id()), BatchFormat.JSON_LINES, null,
                Instant.now());
        batches.insertRows(batchId, 1, List.of(validConsumerClaim().toString(), validConsumerClaim().toString()));
        batches.recordRowCount(batchId, 2);

        processor.wake(); // what the gateway does when it starts

        JsonNode batch = completed(creditor.apiKey(), "/api/v1/claim-batches/" + batchId, "");
        assertThat(batch.get("accepted").asLong()).isEqualTo(2);
    }

    @Test
    void aRowThatCannotBeStoredLeavesNoClaimBehindAndHoldsUpNoOther() {
        TestCreditor creditor = creditors.register();
        ClaimTables.Counts before = tables.counts();
        repositoryService.suspendProcessDefinitionByKey(ProcessContract.Processes.CONSUMER_COLLECTION);
        JsonNode batch;
        try {
            // One chunk: the business claim before the consumer claim is stored, then the chunk fails at the
            // consumer claim's process start and is rolled back whole.
            Answer accepted = upload(creditor.apiKey(), JSON_LINES,
                    validBusinessClaim() + "\n" + validConsumerClaim() + "\n" + validBusinessClaim() + "\n");
            batch = completed(creditor.apiKey(), URI.create(accepted.location()).getPath(), "");
        } finally {
            repositoryService.activateProcessDefinitionByKey(ProcessContract.Processes.CONSUMER_COLLECTION);
        }

        assertThat(batch.get("accepted").asLong()).isEqualTo(2);
        assertThat(batch.at("/results/0/status").asText()).isEqualTo("ACCEPTED");
        assertThat(batch.at("/results/1/status").asText()).isEqualTo("REJECTED");
        assertThat(batch.at("/results/1/errors/0/field").asText()).isEqualTo("row");
        assertThat(batch.at("/results/2/status").asText()).isEqualTo("ACCEPTED");
        ClaimTables.Counts after = tables.counts();
        assertThat(after.claims() - before.claims()).isEqualTo(2);
        assertThat(after.debtors() - before.debtors()).isEqualTo(2);
        assertThat(after.runningProcesses() - before.runningProcesses()).isEqualTo(2);
    }

    @Test
    void aBatchSentAgainIsAReplayOfEveryRowAndProcessedRowsKeepNoPersonalData() {
        TestCreditor creditor = creditors.register();
        ObjectNode single = validConsumerClaim();
        assertThat(http.postClaim(creditor.apiKey(), single.toString()).status()).isEqualTo(HttpStatus.CREATED);
        String body = single + "\n" + validConsumerClaim() + "\n" + validBusinessClaim() + "\n";
        JsonNode first = completed(creditor.apiKey(), URI.create(upload(creditor.apiKey(), JSON_LINES, body)
                .location()).getPath(), "");
        ClaimTables.Counts before = tables.counts();

        JsonNode again = completed(creditor.apiKey(), URI.create(upload(creditor.apiKey(), JSON_LINES, body)
                .location()).getPath(), "");

        assertThat(first.at("/results/0/replayed").asBoolean()).isTrue(); // sent through POST /api/v1/claims first
        assertThat(first.at("/results/1/replayed").asBoolean()).isFalse();
        for (int row = 0; row < 3; row++) {
            assertThat(again.at("/results/" + row + "/claimId")).isEqualTo(first.at("/results/" + row + "/claimId"));
            assertThat(again.at("/results/" + row + "/replayed").asBoolean()).isTrue();
        }
        assertThat(tables.counts()).isEqualTo(before);
        assertThat(jdbc.sql("""
                select count(*) from saatava.claim_batch_row r join saatava.claim_batch b on b.id = r.batch_id
                 where b.creditor_id = :creditorId and r.content is not null""")
                .param("creditorId", UUID.fromString(creditor.id())).query(Long.class).single()).isZero();
    }

    @Test
    void aSmallBatchIsNotHeldUpBehindALargeOne() {
        TestCreditor large = creditors.register();
        TestCreditor small = creditors.register();
        String largeLocation = URI.create(upload(large.apiKey(), JSON_LINES, IntStream.range(0, 1_500)
                .mapToObj(row -> validConsumerClaim().toString()).collect(Collectors.joining("\n"))).location())
                .getPath();

        JsonNode smallBatch = completed(small.apiKey(), URI.create(upload(small.apiKey(), JSON_LINES,
                validConsumerClaim() + "\n" + validConsumerClaim()).location()).getPath(), "");

        assertThat(smallBatch.get("accepted").asLong()).isEqualTo(2);
        assertThat(http.get(large.apiKey(), largeLocation + "?size=1").body().get("pending").asLong()).isPositive();
        completed(large.apiKey(), largeLocation, "?size=1");
    }

    @Test
    void aBatchIsItsCreditorsOnlyAndItsQueryIsChecked() {
        TestCreditor owner = creditors.register();
        Answer accepted = upload(owner.apiKey(), JSON_LINES, validConsumerClaim().toString());
        String location = URI.create(accepted.location()).getPath();

        Answer asAnother = http.get(creditors.register().apiKey(), location);
        Answer badQuery = http.get(owner.apiKey(), location + "?status=LOST&size=0");
        Answer noKey = http.exchange(RequestEntity.post(URI.create("/api/v1/claim-batches")).contentType(JSON_LINES)
                .body(validConsumerClaim().toString()));

        assertThat(asAnother.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(badQuery.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badQuery.body().get("errors").findValuesAsText("field")).containsExactly("size", "status");
        assertThat(noKey.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        completed(owner.apiKey(), location, "");
    }
}
