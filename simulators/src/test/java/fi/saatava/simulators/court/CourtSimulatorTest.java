package fi.saatava.simulators.court;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import fi.saatava.simulators.SimulatorTest;

class CourtSimulatorTest extends SimulatorTest {

    private static final String PATH = "/court/v1/summons-applications";

    @Test
    void aFilingGetsACaseNumberAndIsRecordedWithItsBody() throws Exception {
        file("filing-1", "131052-002X").andExpect(status().isCreated())
                .andExpect(jsonPath("$.filingId").value("filing-1"))
                .andExpect(jsonPath("$.court").value("Helsingin käräjäoikeus"))
                .andExpect(jsonPath("$.caseNumber").value("S 26/10001"))
                .andExpect(jsonPath("$.status").value("RECEIVED"));

        journal("court").andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].operation").value("POST /court/v1/summons-applications"))
                .andExpect(jsonPath("$[0].idempotencyKey").value("filing-1"))
                .andExpect(jsonPath("$[0].request.claims[0].amount").value("100.00"))
                .andExpect(jsonPath("$[0].request.legalCosts.total").value("120.00"));
    }

    @Test
    void theSameFilingTwiceIsOneCaseAndOneDecision() throws Exception {
        String first = file("filing-1", "131052-002X").andReturn().getResponse().getContentAsString();
        file("filing-1", "131052-002X").andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.caseNumber").value(JsonPath.<String>read(first, "$.caseNumber")));

        journal("court").andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].deliveries").value(2));
        clock.advance(Duration.ofHours(1));
        decisions().andExpect(jsonPath("$", hasSize(1)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"131052-002X, DEFAULT_JUDGMENT", "131052-049E, DISPUTED", "131052-262A, DEFAULT_JUDGMENT",
            "131052-372V, DISMISSED", "131052-4767, DEFAULT_JUDGMENT", "131052-794F, DEFAULT_JUDGMENT"})
    void theDecisionIsScriptedByTheDefendantAndAppearsAfterTheDelay(String code, String decision) throws Exception {
        file("f", code);
        file("f", code);

        clock.advance(Duration.ofMinutes(59));
        decisions().andExpect(jsonPath("$", empty()));
        clock.advance(Duration.ofMinutes(1));
        decisions().andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].decision").value(decision))
                .andExpect(jsonPath("$[0].filingId").value("f"))
                .andExpect(jsonPath("$[0].filerReference").value("0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11"))
                .andExpect(jsonPath("$[0].caseNumber").value("S 26/10001"))
                .andExpect(jsonPath("$[0].sequence").value(1))
                .andExpect(jsonPath("$[0].decisionDate").value("2026-02-02"));
    }

    @Test
    void aDefaultJudgmentAwardsWhatWasAppliedFor() throws Exception {
        file("f", "131052-002X");
        clock.advance(Duration.ofHours(1));

        decisions().andExpect(jsonPath("$[0].awarded.claims[0].amount").value("100.00"))
                .andExpect(jsonPath("$[0].awarded.legalCosts.amount").value("50.00"));
    }

    @Test
    void aDelayedDebtorIsDecidedAfterTenDelaysAndASilentCourtNever() throws Exception {
        file("late", "131052-150P");
        file("silent", "131052-582M");

        clock.advance(Duration.ofHours(9));
        decisions().andExpect(jsonPath("$", empty()));
        clock.advance(Duration.ofHours(1));
        decisions().andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].filingId").value("late"));
        clock.advance(Duration.ofDays(365));
        decisions().andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void anAcknowledgedDecisionIsNotOfferedAgainAndAcknowledgingTwiceIsHarmless() throws Exception {
        file("f", "131052-002X");
        clock.advance(Duration.ofHours(1));
        String id = JsonPath.read(decisions().andReturn().getResponse().getContentAsString(), "$[0].decisionId");

        mvc.perform(post("/court/v1/decisions/" + id + "/acknowledgement")).andExpect(status().isNoContent());
        mvc.perform(post("/court/v1/decisions/" + id + "/acknowledgement")).andExpect(status().isNoContent());
        decisions().andExpect(jsonPath("$", empty()));
        mvc.perform(post("/court/v1/decisions/KD-unknown/acknowledgement")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnavailableCourtNeverTakesTheFilingAndAFlakyOneTakesItOnTheSecondDelivery() throws Exception {
        file("down", "131052-6860").andExpect(status().isServiceUnavailable());
        file("down", "131052-6860").andExpect(status().isServiceUnavailable());
        file("flaky", "131052-794F").andExpect(status().isServiceUnavailable());
        file("flaky", "131052-794F").andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));

        clock.advance(Duration.ofHours(1));
        decisions().andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].filingId").value("flaky"));
    }

    @Test
    void aSlowCourtTakesTheFilingAtOnceAndAnswersARetryFromTheRecord() throws Exception {
        file("slow", "131052-1955").andExpect(status().isCreated());
        file("slow", "131052-1955").andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));

        journal("court").andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].deliveries").value(2));
    }

    @Test
    void anIncompleteApplicationIsRefusedNamingEachFieldWithoutEchoingTheCode() throws Exception {
        String body = sample("summons", "131052-308A")
                .replace("\"court\": \"Helsingin käräjäoikeus\"", "\"court\": \"Espoon käräjäoikeus\"")
                .replace("\"amount\": \"100.00\"", "\"amount\": \"100\"")
                .replace("\"undisputed\": true", "\"undisputed\": false");

        String answer = send(PATH, null, body).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("Idempotency-Key",
                        "court", "undisputed", "defendant.identityCode", "claims[0].amount")))
                .andReturn().getResponse().getContentAsString();

        org.assertj.core.api.Assertions.assertThat(answer).doesNotContain("131052-308A");
    }

    @Test
    void aConsumerCreditClaimMustCarryTheExtraItems() throws Exception {
        String body = sample("summons", "131052-002X").replace("\"consumerCredit\": null",
                "\"consumerCredit\": {\"creditAmount\": \"2000.00\", \"termDays\": 365}");

        send(PATH, "k", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "consumerCredit.contractInterest", "consumerCredit.creditCosts",
                        "consumerCredit.annualPercentageRate", "consumerCredit.contractMadeAsRequired")));
    }

    private ResultActions file(String key, String code) throws Exception {
        return send(PATH, key, sample("summons", code));
    }

    private ResultActions decisions() throws Exception {
        return mvc.perform(get("/court/v1/decisions"));
    }
}
