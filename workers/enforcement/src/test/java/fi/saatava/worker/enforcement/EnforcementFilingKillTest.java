package fi.saatava.worker.enforcement;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.worker.enforcement.app.EnforcementWorkerApplication;
import fi.saatava.worker.testsupport.FilingKillTest;
import fi.saatava.worker.testsupport.Samples;
import fi.saatava.worker.testsupport.ScriptedEngine.Failure;

/**
 * The kill test for the enforcement authority: the authority opens the case, the task's completion fails as if the
 * worker died at that instant, the engine delivers the task again: one case. Then the remittance is correlated to the
 * claim once.
 */
@SpringBootTest(classes = EnforcementWorkerApplication.class, properties = {
        "camunda.bpm.client.disable-auto-fetching=true", "saatava.enforcement.outcome-polling-enabled=false"})
class EnforcementFilingKillTest extends FilingKillTest {

    private static final String TASK_ID = "5c3e2a10-0000-4000-8000-000000000009";

    @Autowired
    EnforcementOutcomePoller poller;

    @Test
    void theAuthorityReceivesTheApplicationOnceAlthoughTheTaskRanTwiceAndItsRemittanceIsCorrelatedOnce() {
        JsonNode filing = fileTwiceAndExpectOneFiling(Failure.COMPLETION_FAILS, Topics.ENFORCEMENT_FILE, TASK_ID,
                "/api/internal/claims/" + CLAIM_ID + "/enforcement-applications",
                Samples.json("enforcement-application.json", "FILING", TASK_ID, "CODE", "131052-002X"), "enforcement");

        assertThat(filing.path("request").path("passiveRegistration").asBoolean()).isTrue();
        assertThat(filing.path("response").path("amountToCollect").asText()).isEqualTo("217.00");
        assertThat(engine.completions(TASK_ID)).allSatisfy(body -> assertThat(body)
                .contains("\"enforcementFilingId\":{\"value\":\"" + TASK_ID + "\"")
                .contains("\"enforcementOutcomeCount\":{\"value\":0"));

        gateway.stubFor(post("/engine-rest/message").willReturn(noContent()));
        assertThat(poller.poll()).isEqualTo(1);
        assertThat(poller.poll()).isZero();
        gateway.verify(1, postRequestedFor(urlEqualTo("/engine-rest/message")).withRequestBody(equalToJson("""
                {"messageName":"saatava.enforcementOutcome","businessKey":"%s",
                 "correlationKeys":{"enforcementFilingId":{"value":"%s","type":"String"},
                                    "enforcementOutcomeCount":{"value":0,"type":"Integer"}},
                 "processVariables":{"enforcementOutcome":{"value":"PAID_IN_FULL","type":"String"},
                                     "collectedAmount":{"value":"217.00","type":"String"},
                                     "remittanceFee":{"value":"3.15","type":"String"},
                                     "certificateDate":{"value":null,"type":"Null"},
                                     "enforcementOutcomeCount":{"value":1,"type":"Integer"}}}"""
                .formatted(CLAIM_ID, TASK_ID), true, true)));
    }
}
