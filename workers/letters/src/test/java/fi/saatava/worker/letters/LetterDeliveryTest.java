package fi.saatava.worker.letters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import fi.saatava.simulators.SimulatorsApplication;
import fi.saatava.worker.letters.app.LettersWorkerApplication;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The delivery channels against a WireMock'd gateway, the real print house simulator (in-process, on a random port)
 * and GreenMail as the SMTP server, including a failure after the print house accepted a letter.
 */
@SpringBootTest(classes = {LettersWorkerApplication.class, LetterTasks.FixedClock.class}, properties = {
        // the simulators' application.yml is on this test's classpath too: read none
        "spring.config.name=letters-delivery-test",
        "camunda.bpm.client.disable-auto-fetching=true",
        "spring.mail.host=localhost", "spring.mail.port=3025"})
class LetterDeliveryTest {

    private static final String LETTER_ID = LetterTasks.LETTER_ID;
    private static final String LETTER = LetterTasks.LETTER;
    private static final String NOW = LetterTasks.NOW;

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @TempDir
    static Path outbox;

    private static final ConfigurableApplicationContext simulators = new SpringApplicationBuilder(
            SimulatorsApplication.class)
            .properties("server.port=0", "saatava.letters.enabled=false",
                    "spring.autoconfigure.exclude="
                            + "org.camunda.bpm.client.spring.boot.starter.impl.ClientAutoConfiguration,"
                            + "fi.saatava.worker.kit.WorkerKitAutoConfiguration,"
                            + "fi.saatava.worker.kit.engine.EngineMessagingAutoConfiguration")
            .run();

    private static final RestClient simulatorApi = RestClient.create("http://localhost:"
            + simulators.getEnvironment().getProperty("local.server.port"));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
        registry.add("saatava.simulators.url", () -> "http://localhost:"
                + simulators.getEnvironment().getProperty("local.server.port"));
        registry.add("saatava.letters.outbox-dir", outbox::toString);
    }

    @AfterAll
    static void stopSimulators() {
        simulators.close();
    }

    @Autowired
    SendLetterWorker worker;

    private final ExternalTask task = LetterTasks.deliveredTask();
    private final ExternalTaskService service = mock(ExternalTaskService.class);

    @BeforeEach
    void freshState() throws IOException {
        simulatorApi.delete().uri("/simulator/requests").retrieve().toBodilessEntity();
        FileSystemUtils.deleteRecursively(outbox);
        Files.createDirectories(outbox);
        gateway.stubFor(put(LETTER + "/document").willReturn(noContent()));
    }

    @Test
    void aPrintLetterGoesToThePrintHouseOnce() throws IOException {
        gateway.stubFor(get(LETTER).willReturn(okJson(snapshot("{\"channel\":\"PRINT\"}", false))));
        gateway.stubFor(post(LETTER + "/dispatch").willReturn(okJson("{}")));

        worker.execute(task, service);

        verify(service).complete(task, Map.of());
        JsonNode jobs = printJobs();
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).path("letterId").asText()).isEqualTo(LETTER_ID);
        assertThat(jobs.get(0).path("recipientName").asText()).isEqualTo("Matti Meikäläinen");
        byte[] printed = simulatorApi.get().uri("/print-house/v1/jobs/{id}/document", jobs.get(0).path("jobId").asText())
                .retrieve().body(byte[].class);
        assertThat(printed).isEqualTo(Files.readAllBytes(outbox.resolve(LETTER_ID + ".pdf")));
        assertThat(PdfText.of(printed)).contains("Matti Meikäläinen", "Esimerkkikatu 1 A 2");
        gateway.verify(1, postRequestedFor(urlEqualTo(LETTER + "/dispatch"))
                .withRequestBody(equalToJson("{\"channel\":\"PRINT\",\"dispatchedAt\":\"" + NOW + "\"}")));
    }

    @Test
    void aFailureAfterThePrintHouseAcceptedDoesNotPrintTheLetterTwice() {
        gateway.stubFor(get(LETTER).willReturn(okJson(snapshot("{\"channel\":\"PRINT\"}", false))));
        // the print house accepts, then the worker loses the gateway before the task is completed
        gateway.stubFor(post(LETTER + "/dispatch").inScenario("crash").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("back"));
        gateway.stubFor(post(LETTER + "/dispatch").inScenario("crash").whenScenarioStateIs("back")
                .willReturn(okJson("{}")));

        worker.execute(task, service);
        verify(service).handleFailure(eq(task), anyString(), anyString(), eq(3), anyLong());
        verify(service, never()).complete(task, Map.of());
        assertThat(printJobs()).hasSize(1);

        when(task.getRetries()).thenReturn(3);
        worker.execute(task, service);

        verify(service).complete(task, Map.of());
        assertThat(printJobs()).hasSize(1);
        JsonNode received = simulatorApi.get().uri("/simulator/requests?system=print-house").retrieve()
                .body(JsonNode.class);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).path("idempotencyKey").asText()).isEqualTo(LETTER_ID);
        assertThat(received.get(0).path("deliveries").asInt()).isEqualTo(2);
    }

    @Test
    void anEmailLetterIsSentOnceWithThePdfAttached() throws Exception {
        gateway.stubFor(get(LETTER).willReturn(okJson(snapshot(
                "{\"channel\":\"EMAIL\",\"email\":\"matti@example.fi\"}", false))));
        gateway.stubFor(post(LETTER + "/dispatch").inScenario("mail").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        gateway.stubFor(post(LETTER + "/dispatch").inScenario("mail").whenScenarioStateIs("back")
                .willReturn(okJson("{}")));

        worker.execute(task, service);
        when(task.getRetries()).thenReturn(3);
        worker.execute(task, service);

        verify(service).complete(task, Map.of());
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("matti@example.fi");
        assertThat(mail.getSubject()).isEqualTo("Maksuvaatimus – Saatava Perintä Oy");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("asiakaspalvelu@saatava.example");
        assertThat(mail.getHeader("X-Saatava-Letter-Id")).containsExactly(LETTER_ID);
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).contains("Maksuvaatimus");
        var attachment = parts.getBodyPart(1);
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        byte[] pdf = attachment.getInputStream().readAllBytes();
        assertThat(PdfText.of(pdf)).contains("MAKSUVAATIMUS", "Matti Meikäläinen");
        gateway.verify(2, postRequestedFor(urlEqualTo(LETTER + "/dispatch"))
                .withRequestBody(equalToJson("{\"channel\":\"EMAIL\",\"dispatchedAt\":\"" + NOW + "\"}")));
        assertThat(printJobs()).isEmpty();
    }

    @Test
    void aVoidedLetterIsNeitherPrintedNorUploaded() {
        gateway.stubFor(get(LETTER).willReturn(okJson(snapshot("{\"channel\":\"PRINT\"}", true))));

        worker.execute(task, service);

        verify(service).complete(task, Map.of());
        assertThat(printJobs()).isEmpty();
        gateway.verify(0, putRequestedFor(urlEqualTo(LETTER + "/document")));
        assertThat(outbox.resolve(LETTER_ID + ".pdf")).doesNotExist();
    }

    private static JsonNode printJobs() {
        return simulatorApi.get().uri("/print-house/v1/jobs").retrieve().body(JsonNode.class);
    }

    private static String snapshot(String delivery, boolean voided) {
        return LetterTasks.snapshotJson().replace("\"dispatchedAt\": null",
                "\"delivery\": " + delivery + ", \"voided\": " + voided + ", \"dispatchedAt\": null");
    }
}
