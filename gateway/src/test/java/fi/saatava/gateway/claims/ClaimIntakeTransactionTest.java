package fi.saatava.gateway.claims;

import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.saatava.gateway.support.ClaimTables;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/** The claim and its process are stored in one transaction: the engine joins the Spring transaction. */
@GatewayTest
class ClaimIntakeTransactionTest {

    @Autowired
    GatewayHttp http;

    @Autowired
    ClaimTables tables;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void whenTheProcessCannotStartTheClaimIsNotStoredEither() {
        ClaimTables.Counts before = tables.counts();
        repositoryService.suspendProcessDefinitionByKey(ProcessContract.Processes.CONSUMER_COLLECTION);
        Answer answer;
        try {
            answer = http.postClaim(validConsumerClaim().toString());
        } finally {
            repositoryService.activateProcessDefinitionByKey(ProcessContract.Processes.CONSUMER_COLLECTION);
        }

        assertThat(answer.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.body().get("type").asText()).isEqualTo("https://saatava.fi/problems/internal-error");
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void aProcessStartedInARolledBackSpringTransactionLeavesNoTrace() {
        String businessKey = "rolled-back-" + System.nanoTime();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            runtimeService.startProcessInstanceByKey(ProcessContract.Processes.CONSUMER_COLLECTION, businessKey);
            throw new IllegalStateException("the caller's transaction fails after the start");
        })).hasMessageContaining("the caller's transaction fails");

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
                .isZero();
    }
}
