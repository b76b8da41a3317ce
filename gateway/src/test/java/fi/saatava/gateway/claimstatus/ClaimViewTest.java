package fi.saatava.gateway.claimstatus;

import static fi.saatava.gateway.support.ClaimJson.validBusinessClaim;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.support.AdjustableClock;
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
        JsonNode timeline = reminded.get("timeline");
        assertThat(timeline.findValuesAsText("type")).containsSubsequence("CLAIM_RECEIVED", "PRINCIPAL", "FEE",
                "LETTER_PREPARED", "LETTER_SENT");
        JsonNode fee = entryOfType(timeline, "FEE");
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
        Answer asAnother = http.get(creditors.register().apiKey(), path);

        assertThat(beforeRendering.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(asAnother.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asAnother.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theListFiltersAndPagesTheCreditorsOwnClaims() {
        TestCreditor creditor = creditors.register();
        String consumer = http.postClaim(creditor.apiKey(), validConsumerClaim().toString()).body().get("id").asText();
        String business = http.postClaim(creditor.apiKey(), validBusinessClaim().toString()).body().get("id").asText();
        http.postClaim(validConsumerClaim().toString()); // another creditor's

        JsonNode all = http.get(creditor.apiKey(), "/api/v1/claims").body();
        JsonNode businesses = http.get(creditor.apiKey(), "/api/v1/claims?debtorType=BUSINESS").body();
        JsonNode open = http.get(creditor.apiKey(), "/api/v1/claims?status=OPEN&stage=CREDIT_CHECK").body();
        JsonNode closed = http.get(creditor.apiKey(), "/api/v1/claims?status=CLOSED").body();
        JsonNode firstPage = http.get(creditor.apiKey(), "/api/v1/claims?size=1&page=0").body();
        JsonNode secondPage = http.get(creditor.apiKey(), "/api/v1/claims?size=1&page=1").body();
        String today = LocalDate.now(clock).toString();
        JsonNode receivedToday = http.get(creditor.apiKey(),
                "/api/v1/claims?receivedFrom=" + today + "&receivedTo=" + today + "&dueTo=2025-11-10").body();
        JsonNode dueLater = http.get(creditor.apiKey(), "/api/v1/claims?dueFrom=2025-11-11").body();

        assertThat(all.get("totalItems").asLong()).isEqualTo(2);
        assertThat(all.get("items").findValuesAsText("id")).containsExactlyInAnyOrder(consumer, business);
        assertThat(businesses.get("items").findValuesAsText("id")).containsExactly(business);
        assertThat(businesses.at("/items/0/debtorType").asText()).isEqualTo("BUSINESS");
        assertThat(businesses.at("/items/0/principal").asText()).isEqualTo("120.00");
        assertThat(open.get("totalItems").asLong()).isEqualTo(2);
        assertThat(closed.get("totalItems").asLong()).isZero();
        assertThat(firstPage.get("items")).hasSize(1);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(secondPage.at("/items/0/id")).isNotEqualTo(firstPage.at("/items/0/id"));
        assertThat(receivedToday.get("totalItems").asLong()).isEqualTo(2);
        assertThat(dueLater.get("totalItems").asLong()).isZero();
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
