package fi.saatava.gateway.batches;

import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.gateway.support.TestCreditors.TestCreditor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;

/** What POST /api/v1/claim-batches refuses as a whole, with a problem, and the text it reads. */
@GatewayTest
class ClaimBatchUploadTest {

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String CSV_HEADER = "creditorReference,debtor.type,debtor.name,debtor.identityCode,"
            + "debtor.address.street,debtor.address.postalCode,debtor.address.city,invoice.number,invoice.invoiceDate,"
            + "invoice.dueDate,invoice.principal,invoice.description,invoice.reminderAlreadySent";

    @Autowired
    GatewayHttp http;

    @Autowired
    TestCreditors creditors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BatchUpload batchUpload;

    @Autowired
    UploadSizeLimit sizeLimit;

    @LocalServerPort
    int port;

    private Answer upload(TestCreditor creditor, MediaType type, byte[] body) {
        return http.exchange(RequestEntity.post(URI.create("/api/v1/claim-batches"))
                .headers(headers -> headers.setBearerAuth(creditor.apiKey())).contentType(type).body(body));
    }

    private Answer upload(TestCreditor creditor, MediaType type, String body) {
        return upload(creditor, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private long batchesOf(TestCreditor creditor) {
        return jdbc.sql("select count(*) from saatava.claim_batch where creditor_id = :id")
                .param("id", UUID.fromString(creditor.id())).query(Long.class).single();
    }

    private static String csvRow(String name) {
        return "CSV-" + UUID.randomUUID() + ",CONSUMER," + name + ",131052-308T,Kotikatu 1,00100,Helsinki,INV-1,"
                + "2025-10-27,2025-11-10,120.00,Broadband,false\n";
    }

    @Test
    void moreThanAHundredThousandRowsAreRefusedAndNothingIsKept() {
        TestCreditor creditor = creditors.register();

        Answer tooMany = upload(creditor, JSON_LINES, "{}\n".repeat(BatchUpload.MAX_ROWS + 1));

        assertThat(tooMany.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooMany.contentType()).isEqualTo(PROBLEM);
        assertThat(tooMany.body().get("detail").asText()).contains("100000");
        assertThat(batchesOf(creditor)).isZero();
    }

    /** {@code start}, then line breaks (blank lines, which hold no rows) until one byte past the size limit. */
    private InputStream oneBytePastTheLimit(String start) {
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        InputStream lineBreaks = new InputStream() {
            private long left = sizeLimit.maxBytes() + 1 - head.length;

            @Override
            public int read() {
                return left-- > 0 ? '\n' : -1;
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(head), lineBreaks);
    }

    @Test
    void anUploadPastTheSizeLimitIsRefusedAndNothingIsKept() {
        TestCreditor creditor = creditors.register();
        UUID creditorId = UUID.fromString(creditor.id());

        ErrorResponseException declared = catchThrowableOfType(ErrorResponseException.class, () -> batchUpload
                .accept(creditorId, JSON_LINES, sizeLimit.maxBytes() + 1, new ByteArrayInputStream(new byte[0])));
        ErrorResponseException streamedJsonLines = catchThrowableOfType(ErrorResponseException.class,
                () -> batchUpload.accept(creditorId, JSON_LINES, -1, oneBytePastTheLimit(validConsumerClaim() + "\n")));
        ErrorResponseException streamedCsv = catchThrowableOfType(ErrorResponseException.class, () -> batchUpload
                .accept(creditorId, MediaType.parseMediaType("text/csv"), -1,
                        oneBytePastTheLimit(CSV_HEADER + "\n" + csvRow("Maija"))));

        assertThat(List.of(declared, streamedJsonLines, streamedCsv)).allSatisfy(refused -> {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
            assertThat(refused.getBody().getDetail()).contains(String.valueOf(sizeLimit.maxBytes()));
        });
        assertThat(batchesOf(creditor)).isZero();
    }

    @Test
    void aLineLongerThanARowMayBeIsRefused() {
        TestCreditor creditor = creditors.register();
        String endless = "{\"creditorReference\": \"" + "x".repeat(BatchUpload.MAX_ROW_CHARS) + "\"}";

        Answer jsonLines = upload(creditor, JSON_LINES, validConsumerClaim() + "\n" + endless + "\n");
        Answer csv = upload(creditor, MediaType.parseMediaType("text/csv"), CSV_HEADER + "\n"
                + csvRow("x".repeat(BatchUpload.MAX_ROW_CHARS + 1)));

        assertThat(jsonLines.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(jsonLines.body().get("detail").asText()).startsWith("Line 2 ");
        assertThat(csv.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(csv.contentType()).isEqualTo(PROBLEM);
        assertThat(batchesOf(creditor)).isZero();
    }

    @Test
    void anEmptyBatchIsRefused() {
        TestCreditor creditor = creditors.register();

        Answer empty = upload(creditor, JSON_LINES, "");
        Answer blankLines = upload(creditor, JSON_LINES, "\n  \n");
        Answer headerOnly = upload(creditor, MediaType.parseMediaType("text/csv"), CSV_HEADER + "\n");

        for (Answer answer : new Answer[] {empty, blankLines, headerOnly}) {
            assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.contentType()).isEqualTo(PROBLEM);
            assertThat(answer.body().get("errors").findValuesAsText("field")).containsExactly("body");
        }
        assertThat(batchesOf(creditor)).isZero();
    }

    @Test
    void aBodyOfAnotherTypeIsRefusedNamingTheTypesTaken() throws Exception {
        TestCreditor creditor = creditors.register();

        Answer json = upload(creditor, MediaType.APPLICATION_JSON, validConsumerClaim().toString());
        // Spring's own clients refuse to send a charset they do not know.
        HttpResponse<String> unknownCharset = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/claim-batches"))
                .header("Authorization", "Bearer " + creditor.apiKey())
                .header("Content-Type", "text/csv; charset=klingon")
                .POST(HttpRequest.BodyPublishers.ofString(CSV_HEADER + "\n" + csvRow("Maija"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(json.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(json.contentType()).isEqualTo(PROBLEM);
        assertThat(json.body().get("detail").asText()).contains("application/x-ndjson", "text/csv");
        assertThat(unknownCharset.statusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        assertThat(unknownCharset.headers().firstValue("Content-Type")).hasValue(PROBLEM.toString());
        assertThat(ClaimJson.parse(unknownCharset.body()).get("detail").asText())
                .contains("charset=klingon", "text/csv");
        assertThat(batchesOf(creditor)).isZero();
    }

    @Test
    void malformedCsvIsRefusedWhole() {
        TestCreditor creditor = creditors.register();

        Answer unclosedQuote = upload(creditor, MediaType.parseMediaType("text/csv"), CSV_HEADER + "\n"
                + csvRow("Maija") + "CSV-1,CONSUMER,\"Matti,131052-308T\n");

        assertThat(unclosedQuote.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unclosedQuote.contentType()).isEqualTo(PROBLEM);
        assertThat(unclosedQuote.body().get("title").asText()).isEqualTo("Malformed CSV");
        assertThat(batchesOf(creditor)).isZero();
    }

    @Test
    void aSpreadsheetExportInItsOwnCharsetIsReadAsThatCharset() {
        TestCreditor creditor = creditors.register();
        Charset windows1252 = Charset.forName("windows-1252");
        byte[] export = (CSV_HEADER + "\r\n" + csvRow("Maija Meikäläinen")).getBytes(windows1252);
        byte[] withByteOrderMark = ("\uFEFF" + CSV_HEADER + "\n" + csvRow("Maija Meikäläinen"))
                .getBytes(StandardCharsets.UTF_8);

        Answer undeclared = upload(creditor, MediaType.parseMediaType("text/csv"), export);
        Answer declared = upload(creditor, MediaType.parseMediaType("text/csv; charset=windows-1252"), export);
        Answer utf8 = upload(creditor, MediaType.parseMediaType("text/csv"), withByteOrderMark);

        assertThat(undeclared.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(undeclared.body().get("detail").asText()).contains("charset=windows-1252");
        for (Answer answer : new Answer[] {declared, utf8}) {
            assertThat(answer.status()).isEqualTo(HttpStatus.ACCEPTED);
            String location = URI.create(answer.location()).getPath();
            await().atMost(Duration.ofMinutes(2)).until(
                    () -> http.get(creditor.apiKey(), location).body().get("status").asText().equals("COMPLETED"));
            JsonNode batch = http.get(creditor.apiKey(), location).body();
            assertThat(batch.get("accepted").asLong()).isEqualTo(1);
            JsonNode claim = http.get(creditor.apiKey(), "/api/v1/claims/" + batch.at("/results/0/claimId").asText())
                    .body();
            assertThat(claim.at("/debtor/name").asText()).isEqualTo("Maija Meikäläinen");
        }
    }
}
