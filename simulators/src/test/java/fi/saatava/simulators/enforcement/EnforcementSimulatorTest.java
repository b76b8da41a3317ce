package fi.saatava.simulators.enforcement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import fi.saatava.simulators.SimulatorTest;

class EnforcementSimulatorTest extends SimulatorTest {

    private static final String PATH = "/enforcement/v1/applications";

    @Test
    void anApplicationOpensACaseForTheClaimLessThePaymentsSinceTheTitle() throws Exception {
        file("app-1", "131052-002X").andExpect(status().isCreated())
                .andExpect(jsonPath("$.filingId").value("app-1"))
                .andExpect(jsonPath("$.caseNumber").value("UO 2026/000001"))
                .andExpect(jsonPath("$.office").value("Ulosottolaitos"))
                // 100.00 + 17.00 + 120.00 − 20.00 paid since the judgment; the interest runs on at its rate
                .andExpect(jsonPath("$.amountToCollect").value("217.00"))
                .andExpect(jsonPath("$.status").value("PENDING"));

        journal("enforcement").andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].request.passiveRegistration").value(true))
                .andExpect(jsonPath("$[0].request.paymentsSinceTitle[0].date").value("2026-03-10"));
    }

    @Test
    void aSolventDebtorPaysInFullOnceEvenIfTheApplicationCameTwice() throws Exception {
        file("app-1", "131052-002X");
        file("app-1", "131052-002X").andExpect(header().string("Idempotent-Replayed", "true"));

        clock.advance(Duration.ofHours(1));
        events().andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].outcome").value("PAID_IN_FULL"))
                .andExpect(jsonPath("$[0].sequence").value(1))
                .andExpect(jsonPath("$[0].filingId").value("app-1"))
                .andExpect(jsonPath("$[0].applicantReference").value("0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11"))
                .andExpect(jsonPath("$[0].collectedAmount").value("217.00"))
                // 1.45 % of 217.00 = 3.1465 → 3.15 (asetus ulosottomaksuista 3 a §)
                .andExpect(jsonPath("$[0].remittanceFee").value("3.15"))
                .andExpect(jsonPath("$[0].remittedAmount").value("213.85"))
                .andExpect(jsonPath("$[0].remittanceDate").value("2026-02-02"))
                .andExpect(jsonPath("$[0].certificateDate").value(nullValue()));
    }

    @Test
    void aPartlySolventDebtorPaysHalfThenTheRestInOrder() throws Exception {
        file("app-2", "131052-150P");

        clock.advance(Duration.ofHours(2));
        events().andExpect(jsonPath("$[*].outcome").value(contains("PARTIAL_REMITTANCE", "PAID_IN_FULL")))
                .andExpect(jsonPath("$[*].sequence").value(contains(1, 2)))
                .andExpect(jsonPath("$[*].collectedAmount").value(contains("108.50", "108.50")));
    }

    @Test
    void aDebtorWithoutAssetsGetsACertificateAndTwoYearsOfPassiveRegistration() throws Exception {
        file("app-3", "131052-262A");

        clock.advance(Duration.ofHours(1));
        events().andExpect(jsonPath("$[0].outcome").value("NO_ASSETS"))
                .andExpect(jsonPath("$[0].certificateDate").value("2026-02-02"))
                .andExpect(jsonPath("$[0].passiveRegistrationUntil").value("2028-02-02"))
                .andExpect(jsonPath("$[0].collectedAmount").value(nullValue()));
    }

    @Test
    void anAcknowledgedEventIsNotOfferedAgain() throws Exception {
        file("app-1", "131052-002X");
        file("app-4", "131052-582M");
        clock.advance(Duration.ofDays(30));
        String id = JsonPath.read(events().andReturn().getResponse().getContentAsString(), "$[0].eventId");

        mvc.perform(post("/enforcement/v1/events/" + id + "/acknowledgement")).andExpect(status().isNoContent());
        events().andExpect(jsonPath("$", empty()));
        mvc.perform(post("/enforcement/v1/events/UE-unknown/acknowledgement")).andExpect(status().isNotFound());
    }

    @Test
    void passiveRegistrationCannotFollowSummaryEnforcementAndAmountsMustBeExact() throws Exception {
        String body = sample("enforcement", "131052-002X")
                .replace("\"summaryEnforcement\": false", "\"summaryEnforcement\": true")
                .replace("\"iban\": \"FI3715903000000776\"", "\"iban\": \"FI3715903000000777\"")
                .replace("\"amount\": \"17.00\"", "\"amount\": 17");

        send(PATH, "k", body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(
                contains("remittanceAccount.iban", "claims[2].amount", "passiveRegistration")));
    }

    private ResultActions file(String key, String code) throws Exception {
        return send(PATH, key, sample("enforcement", code));
    }

    private ResultActions events() throws Exception {
        return mvc.perform(get("/enforcement/v1/events"));
    }
}
