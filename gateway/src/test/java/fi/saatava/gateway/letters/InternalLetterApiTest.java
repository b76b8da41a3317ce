package fi.saatava.gateway.letters;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.LetterApi;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The letters worker's API: documents and dispatches are idempotent, the first report wins, bad input is named. */
@GatewayTest
class InternalLetterApiTest {

    private static final String PROBLEMS = "https://saatava.fi/problems/";

    @Autowired
    ProcessDriver driver;

    @Autowired
    LetterApi letters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void anUnknownLetterIsNotFound() {
        Answer answer = letters.snapshot("6f1c3a52-6c1e-4a43-9a53-0d7f1a7c2b10");

        assertThat(answer.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.body().get("type").asText()).isEqualTo(PROBLEMS + "not-found");
    }

    @Test
    void theFirstUploadedDocumentIsKept() {
        String letterId = ProcessDriver.letterId(driver.reminderTask());
        byte[] first = ProcessDriver.pdf();
        byte[] second = (new String(ProcessDriver.pdf(), ISO_8859_1) + "\n% again")
                .getBytes(ISO_8859_1);

        assertThat(letters.uploadDocument(letterId, first, MediaType.APPLICATION_PDF).status())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(letters.uploadDocument(letterId, second, MediaType.APPLICATION_PDF).status())
                .isEqualTo(HttpStatus.OK);

        byte[] stored = jdbc.sql("select content from saatava.letter_document where letter_id = cast(:id as uuid)")
                .param("id", letterId).query(byte[].class).single();
        assertThat(stored).isEqualTo(first);
    }

    @Test
    void aDocumentThatIsNotAPdfIsRejected() {
        String letterId = ProcessDriver.letterId(driver.reminderTask());

        Answer answer = letters.uploadDocument(letterId, "<html>letter</html>".getBytes(), MediaType.APPLICATION_PDF);

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("body");
        assertThat(letters.uploadDocument(letterId, ProcessDriver.pdf(), MediaType.TEXT_PLAIN).status())
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void theFirstDispatchWinsAndARepeatReturnsIt() {
        String letterId = ProcessDriver.letterId(driver.reminderTask());
        letters.uploadDocument(letterId, ProcessDriver.pdf(), MediaType.APPLICATION_PDF);

        Answer first = letters.dispatch(letterId, "OUTBOX", "2025-12-10T10:30:00+02:00");
        Answer repeat = letters.dispatch(letterId, "EMAIL", "2025-12-11T09:00:00+02:00");

        assertThat(first.status()).isEqualTo(HttpStatus.OK);
        assertThat(repeat.status()).isEqualTo(HttpStatus.OK);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.body().get("channel").asText()).isEqualTo("OUTBOX");
        JsonNode snapshot = letters.snapshot(letterId).body();
        assertThat(snapshot.get("dispatchedAt").asText()).isEqualTo("2025-12-10T08:30:00Z");
        assertThat(snapshot.get("dispatchChannel").asText()).isEqualTo("OUTBOX");
    }

    @Test
    void aLetterCannotBeDispatchedBeforeItsDocumentIsStored() {
        String letterId = ProcessDriver.letterId(driver.reminderTask());

        Answer answer = letters.dispatch(letterId, "PRINT", "2025-12-10T10:30:00+02:00");

        assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.body().get("type").asText()).isEqualTo(PROBLEMS + "conflict");
        assertThat(letters.snapshot(letterId).body().get("dispatchedAt").isNull()).isTrue();
    }

    @Test
    void aDispatchReportNamesItsBadFields() {
        String letterId = ProcessDriver.letterId(driver.reminderTask());

        Answer unknownChannel = letters.dispatch(letterId, "PIGEON", "2025-12-10T10:30:00+02:00");
        Answer missingTime = letters.dispatch(letterId, "{\"channel\": \"PRINT\"}");

        assertThat(unknownChannel.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownChannel.body().at("/errors/0/field").asText()).isEqualTo("channel");
        assertThat(missingTime.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missingTime.body().at("/errors/0/field").asText()).isEqualTo("dispatchedAt");
    }

    @Test
    void aLetterWhoseTaskWasCancelledIsVoidedAndNeverDispatched() {
        LockedExternalTask task = driver.reminderTask();
        String letterId = ProcessDriver.letterId(task);
        letters.uploadDocument(letterId, ProcessDriver.pdf(), MediaType.APPLICATION_PDF);

        runtimeService.createProcessInstanceModification(task.getProcessInstanceId())
                .cancelAllForActivity(task.getActivityId())
                .startBeforeActivity(task.getActivityId())
                .execute();

        Answer answer = letters.dispatch(letterId, "PRINT", "2025-12-10T10:30:00+02:00");
        assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.body().get("detail").asText()).contains("voided");

        driver.runContinuations(task.getBusinessKey());
        String newLetterId = ProcessDriver.letterId(
                driver.lock(ProcessContract.Topics.LETTER_SEND, task.getBusinessKey()));
        assertThat(newLetterId).isNotEqualTo(letterId);
    }

    @Test
    void theCreditCheckSubjectCarriesTheWholeIdentityCode() {
        LockedExternalTask task = driver.reminderTask();

        Answer answer = driver.creditCheckSubject(task.getBusinessKey());

        assertThat(answer.status()).isEqualTo(HttpStatus.OK);
        assertThat(answer.body().get("debtorType").asText()).isEqualTo("CONSUMER");
        assertThat(answer.body().get("identityCode").asText()).isEqualTo("131052-308T");
        assertThat(answer.body().get("name").asText()).isEqualTo("Maija Meikäläinen");
        assertThat(driver.creditCheckSubject("6f1c3a52-6c1e-4a43-9a53-0d7f1a7c2b10").status())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
