package fi.saatava.gateway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.LetterApi;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The delegates that record what the process decides besides letters, run by the real consumer-collection. */
@GatewayTest
class ClaimEventsProcessTest {

    @Autowired
    ProcessDriver driver;

    @Autowired
    GatewayHttp http;

    @Autowired
    LetterApi letters;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ExternalTaskService externalTaskService;

    @Autowired
    TaskService taskService;

    @Test
    void aWriteOffRecommendationReachesTheCreditorAndAReturnedClaimIsClosed() {
        String claimId = driver.submit(ClaimJson.validConsumerClaim().toString());
        LockedExternalTask creditCheck = driver.lock(ProcessContract.Topics.CREDIT_CHECK, claimId);
        externalTaskService.complete(creditCheck.getId(), ProcessDriver.WORKER, Map.of(
                ProcessContract.Variables.PAYMENT_DEFAULT_COUNT, 4,
                ProcessContract.Variables.PAYMENT_ABILITY_SCORE, 10,
                ProcessContract.Variables.INSOLVENCY_STATUS, ProcessContract.InsolvencyStatuses.NONE));
        driver.runContinuations(claimId); // collectability, then notifyCreditor

        JsonNode notified = http.get("/api/v1/claims/" + claimId).body();
        assertThat(notified.at("/notices/0/notice").asText()).isEqualTo("RECOMMEND_WRITE_OFF");
        assertThat(notified.get("closed").isNull()).isTrue();

        Task agree = taskService.createTaskQuery().processInstanceBusinessKey(claimId).singleResult();
        taskService.complete(agree.getId(), Map.of(ProcessContract.Variables.CREDITOR_DECISION,
                ProcessContract.CreditorDecisions.RETURN_TO_CREDITOR));
        driver.runContinuations(claimId); // closeClaim

        JsonNode closed = http.get("/api/v1/claims/" + claimId).body();
        assertThat(closed.at("/closed/reason").asText()).isEqualTo("RETURNED_TO_CREDITOR");
        assertThat(closed.at("/closed/closedAt").asText()).isNotBlank();
        assertThat(closed.at("/process/state").asText()).isEqualTo("ENDED");
        assertThat(closed.get("notices")).hasSize(1);
    }

    @Test
    void aRequestForLegalCollectionVoidsTheUnsentLetterAndIsRecorded() {
        LockedExternalTask reminder = driver.reminderTask();
        String claimId = reminder.getBusinessKey();
        String letterId = ProcessDriver.letterId(reminder);
        letters.uploadDocument(letterId, ProcessDriver.pdf(), MediaType.APPLICATION_PDF);

        runtimeService.createMessageCorrelation(ProcessContract.Messages.LEGAL_COLLECTION_REQUESTED)
                .processInstanceBusinessKey(claimId)
                .correlate();

        assertThat(letters.dispatch(letterId, "PRINT", "2025-12-17T10:30:00+02:00").status())
                .isEqualTo(HttpStatus.CONFLICT);
        driver.executeContinuationOnce(claimId); // recordLegalCollectionRequest
        JsonNode claim = http.get("/api/v1/claims/" + claimId).body();
        assertThat(claim.get("legalCollectionRequestedAt").asText()).isNotBlank();
        assertThat(claim.at("/letters/0/voidedAt").asText()).isNotBlank();
        assertThat(claim.at("/letters/0/dispatchedAt").isNull()).isTrue();
    }
}
