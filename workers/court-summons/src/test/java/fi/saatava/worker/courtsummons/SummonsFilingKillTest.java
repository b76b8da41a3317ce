package fi.saatava.worker.courtsummons;

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
import fi.saatava.worker.courtsummons.app.CourtSummonsWorkerApplication;
import fi.saatava.worker.testsupport.FilingKillTest;
import fi.saatava.worker.testsupport.Samples;
import fi.saatava.worker.testsupport.ScriptedEngine.Failure;

/**
 * The kill test for the court: the court accepts the summons, the task's completion fails as if the worker died at
 * that instant, the engine delivers the task again: the court has the application once. Then its decision is
 * correlated to the claim once, and a second poll correlates nothing.
 */
@SpringBootTest(classes = CourtSummonsWorkerApplication.class, properties = {
        "camunda.bpm.client.disable-auto-fetching=true", "saatava.court-summons.decision-polling-enabled=false",
        // the slow court (131052-1955) answers its first delivery after 2 s
        "spring.cloud.openfeign.client.config.court.read-timeout=500"})
class SummonsFilingKillTest extends FilingKillTest {

    private static final String TASK_ID = "5c3e2a10-0000-4000-8000-000000000007";

    @Autowired
    CourtDecisionPoller poller;

    @Test
    void theCourtReceivesTheSummonsOnceAlthoughTheTaskRanTwiceAndItsDecisionIsCorrelatedOnce() {
        JsonNode filing = fileTwiceAndExpectOneFiling(Failure.COMPLETION_FAILS, Topics.SUMMONS_FILE, TASK_ID,
                "/api/internal/claims/" + CLAIM_ID + "/summons-applications",
                Samples.json("summons-application.json", "FILING", TASK_ID, "CODE", "131052-002X"), "court");

        assertThat(filing.path("request").path("court").asText()).isEqualTo("Itä-Uudenmaan käräjäoikeus");
        assertThat(engine.completions(TASK_ID)).allSatisfy(body -> assertThat(body)
                .contains("\"summonsFilingId\":{\"value\":\"" + TASK_ID + "\"")
                .contains("\"courtDecisionCount\":{\"value\":0"));

        gateway.stubFor(post("/engine-rest/message").willReturn(noContent()));
        assertThat(poller.poll()).isEqualTo(1);
        assertThat(poller.poll()).isZero();
        gateway.verify(1, postRequestedFor(urlEqualTo("/engine-rest/message")).withRequestBody(equalToJson("""
                {"messageName":"saatava.courtDecisionReceived","businessKey":"%s",
                 "correlationKeys":{"summonsFilingId":{"value":"%s","type":"String"}},
                 "processVariables":{"courtDecision":{"value":"DEFAULT_JUDGMENT","type":"String"},
                                     "caseNumber":{"value":"S 26/10001","type":"String"}}}"""
                .formatted(CLAIM_ID, TASK_ID), true, true)));
    }

    @Test
    void aCourtThatAnswersAfterTheTimeoutHasTheSummonsOnceAfterTheRetry() {
        String taskId = "5c3e2a10-0000-4000-8000-000000000008";
        JsonNode filing = fileTwiceAndExpectOneFiling(Failure.CALL_TIMES_OUT, Topics.SUMMONS_FILE, taskId,
                "/api/internal/claims/" + CLAIM_ID + "/summons-applications",
                Samples.json("summons-application.json", "FILING", taskId, "CODE", "131052-1955"), "court");

        assertThat(filing.path("responseStatus").asInt()).isEqualTo(201);
        assertThat(engine.completions(taskId)).hasSize(1);
    }
}
