package fi.saatava.simulators.printhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import fi.saatava.simulators.SimulatorTest;
import fi.saatava.simulators.recording.DocumentDigest;

class PrintHouseSimulatorTest extends SimulatorTest {

    private static final String LETTER = "6f1c3a52-6c1e-4a43-9a53-0d7f1a7c2b10";
    private static final byte[] PDF = "%PDF-1.7 Maksuvaatimus".getBytes(StandardCharsets.ISO_8859_1);
    private static final String SHA256 = DocumentDigest.sha256(PDF);

    @Test
    void acceptsALetterForTheNextBankingDaysPost() throws Exception {
        // 2026-02-02 is a Monday: posted on Tuesday
        send("/print-house/v1/letters", LETTER, request(PDF, "00100"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.jobId").value("PJ-1"))
                .andExpect(jsonPath("$.letterId").value(LETTER))
                .andExpect(jsonPath("$.recipientName").value("Matti Meikäläinen"))
                .andExpect(jsonPath("$.bytes").value(PDF.length))
                .andExpect(jsonPath("$.sha256").value(SHA256))
                .andExpect(jsonPath("$.postingDate").value("2026-02-03"));

        byte[] printed = mvc.perform(get("/print-house/v1/jobs/PJ-1/document")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(printed).isEqualTo(PDF);
    }

    @Test
    void aRetriedSubmissionIsPrintedOnceAndRecordedOnceWithItsDeliveries() throws Exception {
        send("/print-house/v1/letters", LETTER, request(PDF, "00100")).andExpect(status().isCreated());
        send("/print-house/v1/letters", LETTER, request(PDF, "00100")).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.jobId").value("PJ-1"));

        mvc.perform(get("/print-house/v1/jobs")).andExpect(jsonPath("$", hasSize(1)));
        journal("print-house")
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].idempotencyKey").value(LETTER))
                .andExpect(jsonPath("$[0].deliveries").value(2))
                .andExpect(jsonPath("$[0].request.document.sha256").value(SHA256))
                .andExpect(jsonPath("$[0].request.document.bytes").value(PDF.length))
                .andExpect(jsonPath("$[0].request.document.content").doesNotExist());
    }

    @Test
    void theSameKeyWithAnotherDocumentIsAConflict() throws Exception {
        send("/print-house/v1/letters", LETTER, request(PDF, "00100")).andExpect(status().isCreated());

        send("/print-house/v1/letters", LETTER, request("%PDF-1.7 other".getBytes(StandardCharsets.ISO_8859_1), "00100"))
                .andExpect(status().isConflict());
        mvc.perform(get("/print-house/v1/jobs")).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void badRequestsNameEachFieldAndPrintNothing() throws Exception {
        send("/print-house/v1/letters", null, """
                {"letterId":"%s","recipient":{"name":"Matti","street":"Katu 1","postalCode":"0010","city":"Helsinki"},
                 "mailClass":"EXPRESS","document":{"contentType":"application/pdf","content":"%s"}}"""
                .formatted(LETTER, Base64.getEncoder().encodeToString("not a pdf".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", is(List.of("Idempotency-Key", "recipient.postalCode",
                        "mailClass", "document.content"))));

        mvc.perform(get("/print-house/v1/jobs")).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/print-house/v1/jobs/PJ-1/document")).andExpect(status().isNotFound());
    }

    private static String request(byte[] pdf, String postalCode) {
        return """
                {"letterId":"%s",
                 "recipient":{"name":"Matti Meikäläinen","street":"Esimerkkikatu 1 A 2","postalCode":"%s",
                              "city":"Helsinki","country":"FI"},
                 "mailClass":"ECONOMY",
                 "document":{"contentType":"application/pdf","content":"%s"}}"""
                .formatted(LETTER, postalCode, Base64.getEncoder().encodeToString(pdf));
    }
}
