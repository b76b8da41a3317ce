package fi.saatava.worker.draftprotest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.worker.draftprotest.app.DraftProtestWorkerApplication;
import fi.saatava.worker.testsupport.RunningSimulators;
import fi.saatava.worker.testsupport.Samples;
import fi.saatava.worker.testsupport.TaskDelivery;

/**
 * Against the real simulated bureau: a flaky bureau first, then a registration whose task completion fails, then the
 * redelivery. The key is the claim and the action, so the bureau holds one tratta and both completions carry its id.
 */
@SpringBootTest(classes = DraftProtestWorkerApplication.class, properties = "camunda.bpm.client.disable-auto-fetching=true")
class DraftRegistryIdempotencyTest {

    private static final String CLAIM_ID = "0b9d1f0e-2b53-4f0f-9d7e-3a8f8b7f2c11";

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final RunningSimulators simulators = RunningSimulators.start();

    @DynamicPropertySource
    static void urls(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.simulators.url", simulators::baseUrl);
    }

    @AfterAll
    static void stop() {
        simulators.close();
    }

    @Autowired
    RegisterDraftWorker worker;

    @Test
    void aRedeliveredRegistrationRegistersOneTrattaAndCompletesWithItsId() {
        gateway.stubFor(get("/api/internal/claims/" + CLAIM_ID + "/draft").willReturn(okJson(
                Samples.json("sent-draft.json", "TYPE", "BUSINESS", "CODE", "1234593-8"))));
        TaskDelivery delivery = new TaskDelivery("ext-task-5", Topics.DRAFT_REGISTER,
                Map.of(Variables.CLAIM_ID, CLAIM_ID));
        doThrow(new IllegalStateException("engine unreachable")).doNothing()
                .when(delivery.service).complete(eq(delivery.task), anyMap());

        // 1234593-8 is flaky: 503 first, then the registration whose completion fails, then the redelivery
        worker.execute(delivery.task, delivery.service);
        when(delivery.task.getRetries()).thenReturn(3);
        worker.execute(delivery.task, delivery.service);
        worker.execute(delivery.task, delivery.service);

        List<JsonNode> drafts = simulators.requests("draft-registry");
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).path("idempotencyKey").asText()).isEqualTo(CLAIM_ID + ":REGISTER");
        assertThat(drafts.get(0).path("deliveries").asInt()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> completions = ArgumentCaptor.forClass(Map.class);
        verify(delivery.service, times(2)).complete(eq(delivery.task), completions.capture());
        assertThat(completions.getAllValues()).extracting(v -> v.get(Variables.DRAFT_ID))
                .containsExactly(drafts.get(0).path("response").path("draftId").asText(),
                        drafts.get(0).path("response").path("draftId").asText());
    }
}
