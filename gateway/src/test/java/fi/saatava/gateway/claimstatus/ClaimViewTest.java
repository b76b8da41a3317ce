package fi.saatava.gateway.claimstatus;

import static fi.saatava.gateway.support.ClaimJson.validBusinessClaim;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.CollectionJourney;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.LetterApi;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.gateway.support.TestCreditors.TestCreditor;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** GET /api/v1/claims/{id}, the letter download and the filtered, paginated list. */
@GatewayTest
class ClaimViewTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-01-12");

    @Autowired
    GatewayHttp http;

    @Autowired
    TestCreditors creditors;

    @Autowired
    ProcessDriver driver;

    @Autowired
    CollectionJourney journey;

    @Autowired
    LetterApi letters;

    @Autowired
    AdjustableClock clock;

    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    @Test
    void aClaimShowsItsStageBalancesNextStepAndTimeline() {
        journey.standOn(MONDAY);
        String claimId = driver.submit(validConsumerClaim().toString());

        JsonNode received = view(claimId);
        assertThat(received.get("status").asText()).isEqualTo("OPEN");
        assertThat(received.get("stage").asText()).isEqualTo("CREDIT_CHECK");
        assertThat(received.at("/nextStep/activity").asText()).isEqualTo("Check credit");
        assertThat(received.at("/balances/principal").asText()).isEqualTo("120.00");
        assertThat(received.at("/balances/fees").asText()).isEqualTo("0.00");

        journey.sendReminderNow(claimId);

        JsonNode reminded = view(claimId);
        assertThat(reminded.get("stage").asText()).isEqualTo("FIRST_DEMAND");
        // Reminder sent Monday 12.1.2026: deadline 29.1., so the first demand waits for Friday 30.1. (spec §3.3).
        assertThat(reminded.at("/nextStep/at").asText()).isEqualTo("2026-01-29T22:00:00Z");
        assertThat(reminded.at("/nextStep/stage").asText()).isEqualTo("FIRST_DEMAND");
        // Due 10.11.2025: 51 days at 9.5 % (2025-H2) and 12 days at 9.5 % (2026-H1): 120 × 9.5 % × 63 / 365 (spec §6).
        assertThat(reminded.at("/balances/asOf").asText()).isEqualTo("2026-01-12");
        assertThat(reminded.at("/balances/interest").asText()).isEqualTo("1.97");
        assertThat(reminded.at("/balances/fees").asText()).isEqualTo("5.00");
        assertThat(reminded.at("/balances/outstanding").asText()).isEqualTo("126.97");
        assertThat(reminded.at("/balances/paid").asText()).isEqualTo("0.00");
        for (String amount : List.of("principal", "interest", "fees", "paid", "credited", "overpaid", "outstanding")) {
            JsonNode value = reminded.get("balances").get(amount);
            assertThat(value.isTextual() && value.asText().matches("\\d+\\.\\d{2}"))
                    .as("balances.%s is a string with two decimals: %s", amount, value).isTrue();
        }
        JsonNode timeline = reminded.get("timeline");
        assertThat(timeline.findValuesAsText("type")).containsSubsequence("CLAIM_RECEIVED", "PRINCIPAL", "FEE",
                "LETTER_PREPARED", "LETTER_SENT");
        JsonNode fee = entryOfType(timeline, "FEE");
        assertThat(fee.get("amount").isTextual()).isTrue();
        assertThat(fee.get("amount").asText()).isEqualTo("5.00");
        assertThat(fee.get("description").asText()).contains("PerintäL 10 a § 1 mom 1 k");
        assertThat(fee.get("letterId").asText()).isEqualTo(reminded.at("/letters/0/id").asText());

        JsonNode earlier = http.get("/api/v1/claims/" + claimId + "?asOf=2025-12-31").body();
        assertThat(earlier.at("/balances/interest").asText()).isEqualTo("1.59");
        assertThat(earlier.at("/balances/fees").asText()).isEqualTo("0.00");
    }

    @Test
    void theCreditorDownloadsTheLetterAsSentButNoOtherCreditorCan() {
        journey.standOn(MONDAY);
        String claimId = driver.submit(validConsumerClaim().toString());
        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId);
        driver.passReminderWait(claimId);
        LockedExternalTask task = driver.lock(ProcessContract.Topics.LETTER_SEND, claimId);
        String letterId = ProcessDriver.letterId(task);
        String path = "/api/v1/claims/" + claimId + "/letters/" + letterId;

        Answer beforeRendering = http.get(path);
        byte[] pdf = ProcessDriver.pdf();
        letters.uploadDocument(letterId, pdf, MediaType.APPLICATION_PDF);
        ResponseEntity<byte[]> download = rest.exchange(RequestEntity.get(URI.create(path))
                .headers(headers -> headers.setBearerAuth(http.defaultCreditor().apiKey())).build(), byte[].class);
        TestCreditor another = creditors.register();
        Answer asAnother = http.get(another.apiKey(), path);
        // The other creditor's own claim does not open this letter either: a letter is found only under its claim.
        String claimOfAnother = http.postClaim(another.apiKey(), validConsumerClaim().toString()).body()
                .get("id").asText();
        Answer underAnotherClaim = http.get(another.apiKey(), "/api/v1/claims/" + claimOfAnother + "/letters/"
                + letterId);

        assertThat(beforeRendering.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(asAnother.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asAnother.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(underAnotherClaim.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(underAnotherClaim.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /**
     * Three claims of one creditor, each filter matching a different set: a consumer claim received on Monday 12.1.2026
     * and withdrawn in its credit check (CLOSED, CREDIT_CHECK); on Tuesday a business claim due 15.12.2025 still in
     * its credit check (OPEN, CREDIT_CHECK) and a consumer claim past its credit check (OPEN, REMINDER). Another
     * creditor's claim never shows.
     */
    @Test
    void theListFiltersAndPagesTheCreditorsOwnClaims() {
        TestCreditor creditor = creditors.register();
        journey.standOn(MONDAY);
        String withdrawn = submit(creditor, validConsumerClaim());
        assertThat(http.post(creditor.apiKey(), "/api/v1/claims/" + withdrawn + "/events", """
                {"type": "WITHDRAWAL", "eventReference": "W-1", "reason": "Paid to us"}""").status())
                .isEqualTo(HttpStatus.CREATED);
        driver.runContinuations(withdrawn); // closeClaim
        journey.standOn(MONDAY.plusDays(1));
        ObjectNode businessClaim = validBusinessClaim();
        ClaimJson.invoice(businessClaim).put("invoiceDate", "2025-12-01").put("dueDate", "2025-12-15");
        String business = submit(creditor, businessClaim);
        clock.fixAt(clock.instant().plusSeconds(60)); // newest first: a minute later
        String reminded = submit(creditor, validConsumerClaim());
        driver.completeCreditCheck(reminded);
        driver.runContinuations(reminded); // the reminder's send day is scheduled
        http.postClaim(validConsumerClaim().toString()); // another creditor's

        assertThat(ids(creditor, "")).containsExactly(reminded, business, withdrawn);
        assertThat(ids(creditor, "?status=CLOSED")).containsExactly(withdrawn);
        assertThat(ids(creditor, "?status=OPEN")).containsExactly(reminded, business);
        assertThat(ids(creditor, "?status=PAID")).isEmpty();
        assertThat(ids(creditor, "?stage=CREDIT_CHECK")).containsExactly(business, withdrawn);
        assertThat(ids(creditor, "?stage=REMINDER")).containsExactly(reminded);
        assertThat(ids(creditor, "?stage=CREDIT_CHECK&status=OPEN")).containsExactly(business);
        assertThat(ids(creditor, "?debtorType=BUSINESS")).containsExactly(business);
        assertThat(ids(creditor, "?debtorType=CONSUMER")).containsExactly(reminded, withdrawn);
        assertThat(ids(creditor, "?receivedFrom=2026-01-13")).containsExactly(reminded, business);
        assertThat(ids(creditor, "?receivedTo=2026-01-12")).containsExactly(withdrawn);
        assertThat(ids(creditor, "?receivedFrom=2026-01-12&receivedTo=2026-01-12")).containsExactly(withdrawn);
        assertThat(ids(creditor, "?dueFrom=2025-12-15")).containsExactly(business);
        assertThat(ids(creditor, "?dueTo=2025-12-14")).containsExactly(reminded, withdrawn);
        assertThat(ids(creditor, "?dueFrom=2025-11-10&dueTo=2025-11-10&debtorType=CONSUMER&status=OPEN"))
                .containsExactly(reminded);

        JsonNode firstPage = http.get(creditor.apiKey(), "/api/v1/claims?size=2&page=0").body();
        JsonNode secondPage = http.get(creditor.apiKey(), "/api/v1/claims?size=2&page=1").body();
        assertThat(firstPage.get("totalItems").asLong()).isEqualTo(3);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(firstPage.get("items").findValuesAsText("id")).containsExactly(reminded, business);
        assertThat(secondPage.get("items").findValuesAsText("id")).containsExactly(withdrawn);
        JsonNode summary = http.get(creditor.apiKey(), "/api/v1/claims?debtorType=BUSINESS").body().at("/items/0");
        assertThat(summary.get("debtorType").asText()).isEqualTo("BUSINESS");
        assertThat(summary.get("status").asText()).isEqualTo("OPEN");
        assertThat(summary.get("stage").asText()).isEqualTo("CREDIT_CHECK");
        assertThat(summary.get("principal").asText()).isEqualTo("120.00");
        assertThat(summary.get("dueDate").asText()).isEqualTo("2025-12-15");
    }

    private String submit(TestCreditor creditor, ObjectNode claim) {
        Answer created = http.postClaim(creditor.apiKey(), claim.toString());
        assertThat(created.status()).isEqualTo(HttpStatus.CREATED);
        return created.body().get("id").asText();
    }

    /** The ids the creditor's list answers for the query, in its order (newest first). */
    private List<String> ids(TestCreditor creditor, String query) {
        Answer answer = http.get(creditor.apiKey(), "/api/v1/claims" + query);
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(HttpStatus.OK);
        assertThat(answer.body().get("totalItems").asLong()).isEqualTo(answer.body().get("items").size());
        return answer.body().get("items").findValuesAsText("id");
    }

    @Test
    void badFiltersAreProblemsNamingEachParameter() {
        Answer answer = http.get("/api/v1/claims?status=LOST&stage=NOWHERE&size=500&page=-1");
        Answer notADate = http.get("/api/v1/claims?receivedFrom=yesterday");
        Answer badDay = http.get("/api/v1/claims/5d1f0c1a-2b3c-4d5e-8f90-123456789abc?asOf=31.12.2025");

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.body().get("errors").findValuesAsText("field"))
                .containsExactly("page", "size", "stage", "status");
        assertThat(notADate.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notADate.body().get("errors").findValuesAsText("field")).containsExactly("receivedFrom");
        assertThat(badDay.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDay.body().get("errors").findValuesAsText("field")).containsExactly("asOf");
    }

    private JsonNode view(String claimId) {
        return http.get("/api/v1/claims/" + claimId).body();
    }

    private static JsonNode entryOfType(JsonNode timeline, String type) {
        for (JsonNode entry : timeline) {
            if (entry.get("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in " + timeline);
    }
}
