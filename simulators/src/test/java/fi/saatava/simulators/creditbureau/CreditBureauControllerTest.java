package fi.saatava.simulators.creditbureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
class CreditBureauControllerTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2025-11-21T08:15:00Z"), ZoneId.of("Europe/Helsinki"));
        }
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void forgetEarlierRequests() throws Exception {
        mvc.perform(delete("/simulator/requests")).andExpect(status().isNoContent());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "PERSON,  131052-002X, NONE,            85, 0",
            "PERSON,  131052-049E, NONE,            85, 0",
            "PERSON,  131052-150P, NONE,            35, 2",
            "PERSON,  131052-262A, NONE,            12, 0",
            "PERSON,  131052-372V, BANKRUPTCY,      3,  1",
            "PERSON,  131052-4767, DEBT_ADJUSTMENT, 8,  1",
            "PERSON,  131052-582M, RESTRUCTURING,   20, 0",
            "COMPANY, 1234512-9,   NONE,            85, 0",
            "COMPANY, 1234550-8,   NONE,            35, 2",
            "COMPANY, 1234562-0,   NONE,            12, 0",
            "COMPANY, 2077474-0,   BANKRUPTCY,      3,  1",
            "COMPANY, 1234577-8,   DEBT_ADJUSTMENT, 8,  1",
            "COMPANY, 1234581-5,   RESTRUCTURING,   20, 0"})
    void outcomeIsScriptedByTheLastDigitsOfTheSubjectsNumber(String type, String code, String insolvency, int score,
            int defaults) throws Exception {
        order("key-" + code, type, code)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reportId").isNotEmpty())
                .andExpect(jsonPath("$.subjectType").value(type))
                .andExpect(jsonPath("$.createdAt").value("2025-11-21T08:15:00Z"))
                .andExpect(jsonPath("$.insolvency").value(insolvency))
                .andExpect(jsonPath("$.paymentAbilityScore").value(score))
                .andExpect(jsonPath("$.paymentDefaults", hasSize(defaults)));
    }

    @Test
    void paymentDefaultsCarryDateAmountTypeAndCreditor() throws Exception {
        order("k1", "PERSON", "131052-150P")
                .andExpect(jsonPath("$.paymentDefaults[0].date").value("2025-03-21"))
                .andExpect(jsonPath("$.paymentDefaults[0].amount").value("1250.00"))
                .andExpect(jsonPath("$.paymentDefaults[0].type").value("COURT_JUDGMENT"))
                .andExpect(jsonPath("$.paymentDefaults[0].creditor").value("Esimerkkipankki Oyj"));
    }

    @Test
    void theSameKeyGetsTheSameReportAndIsRecordedOnce() throws Exception {
        String first = order("task-1", "PERSON", "131052-150P").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String second = order("task-1", "PERSON", "131052-150P").andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(second, "$.reportId")).isEqualTo(JsonPath.read(first, "$.reportId"));
        mvc.perform(get("/simulator/requests").param("system", "credit-bureau"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].system").value("credit-bureau"))
                .andExpect(jsonPath("$[0].operation").value("POST /credit-bureau/v1/reports"))
                .andExpect(jsonPath("$[0].idempotencyKey").value("task-1"))
                .andExpect(jsonPath("$[0].deliveries").value(2))
                .andExpect(jsonPath("$[0].request.subjectType").value("PERSON"))
                .andExpect(jsonPath("$[0].responseStatus").value(201))
                .andExpect(jsonPath("$[0].response.reportId").value(JsonPath.<String>read(first, "$.reportId")));
    }

    @Test
    void aDifferentKeyIsANewReport() throws Exception {
        order("task-1", "PERSON", "131052-002X");
        order("task-2", "PERSON", "131052-002X");

        mvc.perform(get("/simulator/requests").param("system", "credit-bureau")).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/simulator/requests").param("system", "print-house")).andExpect(jsonPath("$", empty()));
    }

    @Test
    void reusingAKeyForAnotherSubjectIsAConflict() throws Exception {
        order("task-1", "PERSON", "131052-002X").andExpect(status().isCreated());

        order("task-1", "PERSON", "131052-150P")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/simulator/requests")).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].deliveries").value(1));
    }

    @Test
    void aFlakySubjectFailsOnceThenAnswersUnderTheSameKey() throws Exception {
        order("task-9", "PERSON", "131052-794F").andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        order("task-9", "PERSON", "131052-794F").andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.insolvency").value("NONE"));

        mvc.perform(get("/simulator/requests").param("system", "credit-bureau"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].deliveries").value(2))
                .andExpect(jsonPath("$[0].responseStatus").value(201));
    }

    @Test
    void anUnavailableSubjectNeverGetsAReport() throws Exception {
        order("task-5", "PERSON", "131052-6860").andExpect(status().isServiceUnavailable());
        order("task-5", "PERSON", "131052-6860").andExpect(status().isServiceUnavailable());
    }

    @Test
    void badInputIsAProblemNamingEachFieldWithoutEchoingTheCode() throws Exception {
        String body = mvc.perform(post("/credit-bureau/v1/reports").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectType\":\"PERSON\",\"identityCode\":\"131052-308A\",\"purpose\":\"MARKETING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", is(java.util.List.of("Idempotency-Key", "identityCode", "purpose"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("131052-308A");
        mvc.perform(get("/simulator/requests")).andExpect(jsonPath("$[0].responseStatus").value(400));
    }

    @Test
    void anUnknownSubjectTypeIsNamed() throws Exception {
        order("k", "ROBOT", "131052-002X").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectType"));
    }

    private ResultActions order(String key, String subjectType, String identityCode) throws Exception {
        return mvc.perform(post("/credit-bureau/v1/reports")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"subjectType":"%s","identityCode":"%s","purpose":"DEBT_COLLECTION"}"""
                        .formatted(subjectType, identityCode)));
    }
}
