package fi.saatava.simulators.mailserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.simulators.SimulatorTest;
import fi.saatava.simulators.recording.DocumentDigest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Real SMTP into the running simulators, read back over real HTTP, as a local run's letters worker and user do. */
class MailServerSimulatorTest extends SimulatorTest {

    private static final String LETTER = "6f1c3a52-6c1e-4a43-9a53-0d7f1a7c2b10";
    private static final byte[] PDF = "%PDF-1.7 Perintäilmoitus".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    SimulatedMailServer server;

    @LocalServerPort
    int httpPort;

    private final JavaMailSenderImpl smtp = new JavaMailSenderImpl();
    private RestClient http;

    @BeforeEach
    void connect() {
        smtp.setHost("localhost");
        smtp.setPort(server.port());
        http = RestClient.builder().baseUrl("http://localhost:" + httpPort)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    @Test
    void aLetterSentOverSmtpIsListedWithItsHeaderAndAttachment() throws MessagingException, IOException {
        MimeMessage mail = smtp.createMimeMessage();
        MimeMessageHelper letter = new MimeMessageHelper(mail, true, "UTF-8");
        letter.setFrom("letters@saatava.example", "Saatava Perintä Oy");
        letter.setTo("matti@example.fi");
        letter.setSubject("Perintäilmoitus – Saatava Perintä Oy");
        letter.setText("Kirje on liitteenä.");
        letter.addAttachment("Perintäilmoitus 1232.pdf", new ByteArrayResource(PDF), "application/pdf");
        mail.setHeader("X-Saatava-Letter-Id", LETTER);
        smtp.send(mail);

        JsonNode received = messages();
        assertThat(received).hasSize(1);
        JsonNode first = received.get(0);
        assertThat(first.get("from").asText()).isEqualTo("\"Saatava Perintä Oy\" <letters@saatava.example>");
        assertThat(first.get("to")).extracting(JsonNode::asText).containsExactly("matti@example.fi");
        assertThat(first.get("subject").asText()).isEqualTo("Perintäilmoitus – Saatava Perintä Oy");
        assertThat(first.get("letterId").asText()).isEqualTo(LETTER);
        assertThat(first.get("receivedAt").asText()).isEqualTo(START.toString());
        assertThat(first.get("attachments")).hasSize(1);
        JsonNode attachment = first.get("attachments").get(0);
        assertThat(attachment.get("name").asText()).isEqualTo("Perintäilmoitus 1232.pdf");
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(attachment.get("bytes").asLong()).isEqualTo(PDF.length);
        assertThat(attachment.get("sha256").asText()).isEqualTo(DocumentDigest.sha256(PDF));

        ResponseEntity<byte[]> pdf = attachment(first.get("id").asText(), 0);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getBody()).isEqualTo(PDF);
        assertThat(attachment(first.get("id").asText(), 1).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aMailToTwoRecipientsIsListedOnceWithBothAndWithoutLetterOrAttachments() {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("perinta@energia.example");
        mail.setTo("matti@example.fi", "liisa@example.fi");
        mail.setSubject("Muistutus");
        mail.setText("Hei");
        smtp.send(mail);

        JsonNode received = messages();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).get("to")).extracting(JsonNode::asText)
                .containsExactly("liisa@example.fi", "matti@example.fi");
        assertThat(received.get(0).get("from").asText()).isEqualTo("perinta@energia.example");
        assertThat(received.get(0).get("letterId").isNull()).isTrue();
        assertThat(received.get(0).get("attachments")).isEmpty();
    }

    @Test
    void theSimulatorsResetForgetsTheMail() {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("letters@saatava.example");
        mail.setTo("matti@example.fi");
        mail.setText("Hei");
        smtp.send(mail);
        String id = messages().get(0).get("id").asText();

        http.delete().uri("/simulator/requests").retrieve().toBodilessEntity();

        assertThat(messages()).isEmpty();
        assertThat(attachment(id, 0).getStatusCode().value()).isEqualTo(404);
    }

    private JsonNode messages() {
        return http.get().uri("/mail-server/v1/messages").retrieve().body(JsonNode.class);
    }

    private ResponseEntity<byte[]> attachment(String mailId, int index) {
        return http.get().uri("/mail-server/v1/messages/{id}/attachments/{index}", mailId, index).retrieve()
                .toEntity(byte[].class);
    }
}
