package fi.saatava.simulators.mailserver;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the simulated mail server received over SMTP ({@link SimulatedMailServer}), like the print house's list of
 * jobs: every mail, and each attached file as it arrived. Forgotten with {@code DELETE /simulator/requests}.
 */
@RestController
@RequestMapping("/mail-server/v1")
public class MailServerController {

    private final ReceivedMails mails;

    public MailServerController(ReceivedMails mails) {
        this.mails = mails;
    }

    /** Every mail received, oldest first. */
    @GetMapping("/messages")
    public List<ReceivedMail> messages() {
        return mails.mails();
    }

    /** An attached file (0-based, in the order {@code attachments} lists them) with its own content type. */
    @GetMapping("/messages/{mailId}/attachments/{index}")
    public ResponseEntity<byte[]> attachment(@PathVariable String mailId, @PathVariable int index) {
        return mails.attachment(mailId, index)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(file.name() == null ? "attachment-" + index : file.name(),
                                        StandardCharsets.UTF_8)
                                .build().toString())
                        .body(file.content()))
                .orElse(ResponseEntity.notFound().build());
    }
}
