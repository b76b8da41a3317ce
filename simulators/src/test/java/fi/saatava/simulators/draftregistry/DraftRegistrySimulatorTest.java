package fi.saatava.simulators.draftregistry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

import fi.saatava.simulators.SimulatorTest;

class DraftRegistrySimulatorTest extends SimulatorTest {

    private static final String CLAIM = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";
    private static final String PUBLISH_BODY = "{\"creditorReference\":\"" + CLAIM + "\"}";

    @Test
    void aRegisteredTrattaStatesItsPublicationWindow() throws Exception {
        register("1234512-9").andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.creditorReference").value(CLAIM))
                .andExpect(jsonPath("$.publishableFrom").value("2025-12-05"))
                .andExpect(jsonPath("$.publishableUntil").value("2026-01-20"));
        register("1234512-9").andExpect(header().string("Idempotent-Replayed", "true"));

        journal("draft-registry").andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].idempotencyKey").value(CLAIM + ":REGISTER"));
    }

    @Test
    void publishingMakesOneEntryAndAPaymentNoticeRemovesIt() throws Exception {
        String draftId = draftId(register("1234512-9"));

        String entry = JsonPath.read(send("/credit-bureau/v1/drafts/" + draftId + "/publication", CLAIM + ":PUBLISH",
                PUBLISH_BODY).andExpect(status().isCreated())
                .andExpect(jsonPath("$.entryType").value("DRAFT_PROTEST"))
                .andExpect(jsonPath("$.publishedOn").value("2026-02-02"))
                .andExpect(jsonPath("$.keptUntil").value("2029-02-02"))
                .andReturn().getResponse().getContentAsString(), "$.entryId");
        send("/credit-bureau/v1/drafts/" + draftId + "/publication", CLAIM + ":PUBLISH", PUBLISH_BODY)
                .andExpect(jsonPath("$.entryId").value(entry));

        send("/credit-bureau/v1/payment-notices", CLAIM + ":REMOVE", sample("payment-notice", "1234512-9"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.removedEntries").value(contains(entry)))
                .andExpect(jsonPath("$.removalDueBy").value("2026-03-02"));
        send("/credit-bureau/v1/drafts/" + draftId + "/publication", "another-key", PUBLISH_BODY)
                .andExpect(status().isConflict());
    }

    @Test
    void aPaymentNoticeBeforePublicationRemovesNothingButStopsThePublication() throws Exception {
        String draftId = draftId(register("1234512-9"));

        send("/credit-bureau/v1/payment-notices", CLAIM + ":REMOVE", sample("payment-notice", "1234512-9"))
                .andExpect(jsonPath("$.removedEntries", empty()));
        send("/credit-bureau/v1/drafts/" + draftId + "/publication", CLAIM + ":PUBLISH", PUBLISH_BODY)
                .andExpect(status().isConflict());
    }

    @Test
    void aTrattaAgainstAConsumerOrWithoutAProperReminderIsRefused() throws Exception {
        String body = sample("draft", "131052-002X").replace("\"type\": \"BUSINESS\"", "\"type\": \"CONSUMER\"")
                .replace("\"reminderDeadline\": \"2025-10-15\"", "\"reminderDeadline\": \"2025-12-01\"");

        send("/credit-bureau/v1/drafts", "k", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("debtor.type", "debtor.identityCode",
                        "sentOn")));
        String shortReminder = sample("draft", "1234512-9").replace("\"reminderDeadline\": \"2025-10-15\"",
                "\"reminderDeadline\": \"2025-10-08\"");
        send("/credit-bureau/v1/drafts", "k2", shortReminder).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reminderDeadline"));
    }

    @Test
    void anUnknownTrattaCannotBePublished() throws Exception {
        send("/credit-bureau/v1/drafts/DR-nope/publication", "k", PUBLISH_BODY).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions register(String code) throws Exception {
        return send("/credit-bureau/v1/drafts", CLAIM + ":REGISTER", sample("draft", code));
    }

    private static String draftId(org.springframework.test.web.servlet.ResultActions registration) throws Exception {
        return JsonPath.read(registration.andReturn().getResponse().getContentAsString(), "$.draftId");
    }
}
