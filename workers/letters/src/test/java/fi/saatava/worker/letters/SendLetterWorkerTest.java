package fi.saatava.worker.letters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import fi.saatava.worker.letters.app.LettersWorkerApplication;

@SpringBootTest(classes = {LettersWorkerApplication.class, LetterTasks.FixedClock.class}, properties = {
        "camunda.bpm.client.disable-auto-fetching=true",
        "saatava.gateway.user=worker", "saatava.gateway.password=s3cret"})
class SendLetterWorkerTest {

    private static final String LETTER_ID = LetterTasks.LETTER_ID;
    private static final String LETTER = LetterTasks.LETTER;
    private static final String NOW = LetterTasks.NOW;

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    static Path outbox;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.letters.outbox-dir", outbox::toString);
    }

    @Autowired
    SendLetterWorker worker;

    private final ExternalTask task = LetterTasks.deliveredTask();
    private final ExternalTaskService service = mock(ExternalTaskService.class);

    @BeforeEach
    void deliveredTask() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void rendersUploadsWritesTheOutboxAndReportsTheDispatch() throws IOException {
        stubGatewayUntilDispatched();

        worker.execute(task, service);

        verify(service).complete(task, Map.of());
        Path file = outbox.resolve(LETTER_ID + ".pdf");
        byte[] pdf = Files.readAllBytes(file);
        assertThat(PdfText.of(pdf))
                .contains("MAKSUVAATIMUS", "Matti Meikäläinen", "Esimerkkikatu 1 A 2", "00100 Helsinki")
                .contains("Pääoma 100,00 €", "Maksettava yhteensä 118,58 €", "Eräpäivä 5.12.2025")
                .contains("Viitenumero 11112", SampleLetters.BARCODE);
        List<LoggedRequest> uploads = gateway.findAll(putRequestedFor(urlEqualTo(LETTER + "/document"))
                .withHeader("Content-Type", equalTo("application/pdf"))
                .withHeader("Authorization", equalTo("Basic d29ya2VyOnMzY3JldA==")));
        assertThat(uploads).hasSize(1);
        assertThat(uploads.get(0).getBody()).isEqualTo(pdf);
        gateway.verify(1, postRequestedFor(urlEqualTo(LETTER + "/dispatch"))
                .withRequestBody(equalToJson("{\"channel\":\"OUTBOX\",\"dispatchedAt\":\"" + NOW + "\"}")));
        assertThat(outboxFiles()).containsExactly(file);
    }

    @Test
    void aSecondDeliveryOfADispatchedLetterOnlyCompletes() throws IOException {
        stubGatewayUntilDispatched();
        worker.execute(task, service);
        byte[] first = Files.readAllBytes(outbox.resolve(LETTER_ID + ".pdf"));

        worker.execute(task, service);

        verify(service, times(2)).complete(task, Map.of());
        gateway.verify(2, getRequestedFor(urlEqualTo(LETTER)));
        gateway.verify(1, putRequestedFor(urlEqualTo(LETTER + "/document")));
        gateway.verify(1, postRequestedFor(urlEqualTo(LETTER + "/dispatch")));
        assertThat(outboxFiles()).containsExactly(outbox.resolve(LETTER_ID + ".pdf"));
        assertThat(Files.readAllBytes(outbox.resolve(LETTER_ID + ".pdf"))).isEqualTo(first);
    }

    @Test
    void aRetryAfterAFailedUploadSendsTheSameDocumentUnderTheSameName() throws IOException {
        gateway.stubFor(get(LETTER).willReturn(okJson(snapshot(false))));
        gateway.stubFor(put(LETTER + "/document").inScenario("upload").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("gateway back"));
        gateway.stubFor(put(LETTER + "/document").inScenario("upload").whenScenarioStateIs("gateway back")
                .willReturn(noContent()));
        gateway.stubFor(post(LETTER + "/dispatch").willReturn(noContent()));

        worker.execute(task, service);
        verify(service).handleFailure(eq(task), eq("RemoteUnavailableException: gateway answered 503 to PUT " + LETTER
                + "/document"), anyString(), eq(3), anyLong());
        byte[] firstRendering = Files.readAllBytes(outbox.resolve(LETTER_ID + ".pdf"));

        when(task.getRetries()).thenReturn(3);
        worker.execute(task, service);

        verify(service).complete(task, Map.of());
        List<LoggedRequest> uploads = gateway.findAll(putRequestedFor(urlEqualTo(LETTER + "/document")));
        assertThat(uploads).hasSize(2).allSatisfy(upload -> assertThat(upload.getBody()).isEqualTo(firstRendering));
        gateway.verify(1, postRequestedFor(urlEqualTo(LETTER + "/dispatch")));
        assertThat(outboxFiles()).containsExactly(outbox.resolve(LETTER_ID + ".pdf"));
    }

    @Test
    void aLetterDispatchedBeforeThisWorkerSawItIsNotRenderedAgain() throws IOException {
        gateway.stubFor(get(LETTER).willReturn(okJson(snapshot(true))));

        worker.execute(task, service);

        verify(service).complete(task, Map.of());
        gateway.verify(0, putRequestedFor(urlEqualTo(LETTER + "/document")));
        assertThat(outboxFiles()).isEmpty();
    }

    @Test
    void aLetterVoidedWhileRenderingIsWithdrawnAndTheTaskCompleted() throws IOException {
        gateway.stubFor(get(LETTER).willReturn(okJson(snapshot(false))));
        gateway.stubFor(put(LETTER + "/document").willReturn(noContent()));
        gateway.stubFor(post(LETTER + "/dispatch").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"voided\"}")));

        worker.execute(task, service);

        verify(service).complete(task, Map.of());
        assertThat(outboxFiles()).isEmpty();
    }

    private void stubGatewayUntilDispatched() throws IOException {
        gateway.stubFor(get(LETTER).inScenario("letter").whenScenarioStateIs(STARTED)
                .willReturn(okJson(snapshot(false))));
        gateway.stubFor(put(LETTER + "/document").willReturn(noContent()));
        gateway.stubFor(post(LETTER + "/dispatch").inScenario("letter").whenScenarioStateIs(STARTED)
                .willReturn(noContent()).willSetStateTo("dispatched"));
        gateway.stubFor(get(LETTER).inScenario("letter").whenScenarioStateIs("dispatched")
                .willReturn(okJson(snapshot(true))));
    }

    private static String snapshot(boolean dispatched) {
        String json = LetterTasks.snapshotJson();
        return dispatched
                ? json.replace("\"dispatchedAt\": null", "\"dispatchedAt\": \"" + NOW + "\"")
                        .replace("\"dispatchChannel\": null", "\"dispatchChannel\": \"OUTBOX\"")
                : json;
    }

    private static List<Path> outboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.toList();
        }
    }
}
