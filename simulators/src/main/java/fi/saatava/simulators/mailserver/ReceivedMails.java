package fi.saatava.simulators.mailserver;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.saatava.simulators.recording.DocumentDigest;
import fi.saatava.simulators.recording.Resettable;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The e-mails the simulated mail server accepted, with their attachments, oldest first. Kept in memory. */
@Component
public class ReceivedMails implements Resettable {

    static final String LETTER_ID_HEADER = "X-Saatava-Letter-Id";

    private final Clock clock;
    private final Map<String, ReceivedMail> mails = new LinkedHashMap<>();
    private final Map<String, List<MimeFiles.File>> files = new LinkedHashMap<>();
    private long nextId = 1;

    public ReceivedMails(Clock clock) {
        this.clock = clock;
    }

    /** Records a mail as delivered to the envelope recipients. */
    public ReceivedMail receive(MimeMessage message, List<String> recipients) throws MessagingException, IOException {
        String from = MimeFiles.from(message);
        String subject = message.getSubject();
        String letterId = message.getHeader(LETTER_ID_HEADER, null);
        List<MimeFiles.File> attached = MimeFiles.attachments(message);
        List<ReceivedMail.Attachment> attachments = attached.stream()
                .map(file -> new ReceivedMail.Attachment(file.name(), file.contentType(), file.content().length,
                        DocumentDigest.sha256(file.content())))
                .toList();
        synchronized (this) {
            ReceivedMail mail = new ReceivedMail("M-" + nextId++, from, List.copyOf(recipients), subject, letterId,
                    attachments, clock.instant());
            mails.put(mail.id(), mail);
            files.put(mail.id(), attached);
            return mail;
        }
    }

    public synchronized List<ReceivedMail> mails() {
        return new ArrayList<>(mails.values());
    }

    /** The attached file at {@code index} (0-based, as listed) of a received mail. */
    synchronized Optional<MimeFiles.File> attachment(String mailId, int index) {
        List<MimeFiles.File> attached = files.getOrDefault(mailId, List.of());
        return index >= 0 && index < attached.size() ? Optional.of(attached.get(index)) : Optional.empty();
    }

    @Override
    public synchronized void reset() {
        mails.clear();
        files.clear();
    }
}
