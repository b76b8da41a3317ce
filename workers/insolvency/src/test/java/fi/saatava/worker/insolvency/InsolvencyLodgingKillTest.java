package fi.saatava.worker.insolvency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.insolvency.app.InsolvencyWorkerApplication;
import fi.saatava.worker.testsupport.FilingKillTest;
import fi.saatava.worker.testsupport.Samples;
import fi.saatava.worker.testsupport.ScriptedEngine.Failure;

/** The kill test for the administrator: the claim is lodged, the task's completion fails, the task comes back. */
@SpringBootTest(classes = InsolvencyWorkerApplication.class, properties = "camunda.bpm.client.disable-auto-fetching=true")
class InsolvencyLodgingKillTest extends FilingKillTest {

    private static final String TASK_ID = "5c3e2a10-0000-4000-8000-000000000011";

    @Test
    void theAdministratorReceivesTheClaimOnceAlthoughTheTaskRanTwice() {
        JsonNode lodging = fileTwiceAndExpectOneFiling(Failure.COMPLETION_FAILS, Topics.INSOLVENCY_CLAIM_LODGE, TASK_ID,
                Map.of(Variables.CLAIM_ID, CLAIM_ID, Variables.INSOLVENCY_STATUS, "BANKRUPTCY"),
                "/api/internal/claims/" + CLAIM_ID + "/insolvency-claims",
                Samples.json("insolvency-claim.json", "FILING", TASK_ID, "CODE", "1234512-9", "DEADLINE",
                        "2099-03-15"), "insolvency");

        assertThat(lodging.path("request").path("interestAfterStart").path("from").asText()).isEqualTo("2026-01-15");
        assertThat(lodging.path("response").path("status").asText()).isEqualTo("LODGED");
    }
}
