package fi.saatava.worker.letters.delivery;

import java.io.UnsupportedEncodingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import fi.saatava.worker.kit.task.PermanentFailureException;
import fi.saatava.worker.letters.gateway.LetterSnapshot;
import fi.saatava.worker.letters.gateway.LetterSnapshot.Delivery;
import fi.saatava.worker.letters.render.LetterLanguage;
import fi.saatava.worker.letters.render.LetterTexts;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The letter as a PDF attachment to an e-mail, for a debtor who consented to a durable medium (the gateway chooses
 * this channel only then, spec §3.6). SMTP has no idempotency key, so a sent-marker in the outbox keeps a retry on
 * the same host from sending the letter again; the {@value #LETTER_ID_HEADER} header lets mail systems spot one.
 */
public class EmailChannel implements DeliveryChannel {

    static final String LETTER_ID_HEADER = "X-Saatava-Letter-Id";

    private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final LetterTexts texts;
    private final Outbox outbox;
    private final String from;

    public EmailChannel(ObjectProvider<JavaMailSender> mailSender, LetterTexts texts, Outbox outbox, String from) {
        this.mailSender = mailSender;
        this.texts = texts;
        this.outbox = outbox;
        this.from = from;
    }

    @Override
    public String name() {
        return Delivery.EMAIL;
    }

    @Override
    public void send(LetterSnapshot letter, byte[] pdf) {
        if (outbox.wasSent(letter.letterId(), name())) {
            log.info("Letter {} was already e-mailed; not sending it again", letter.letterId());
            return;
        }
        String to = letter.delivery().email();
        if (to == null || to.isBlank()) {
            throw new PermanentFailureException("Letter " + letter.letterId() + " is to be e-mailed but has no address");
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new PermanentFailureException("Letter " + letter.letterId()
                    + " is to be e-mailed but no SMTP server is configured (spring.mail.host)");
        }
        try {
            sender.send(message(sender, letter, to, pdf));
        } catch (MailParseException | MailPreparationException e) {
            throw new PermanentFailureException("Cannot build the e-mail of letter " + letter.letterId(), e);
        }
        outbox.markSent(letter.letterId(), name());
        log.info("Letter {} e-mailed", letter.letterId());
    }

    private MimeMessage message(JavaMailSender sender, LetterSnapshot letter, String to, byte[] pdf) {
        LetterLanguage language = LetterLanguage.of(letter.language());
        String title = texts.text(language, "letter.title." + letter.type());
        String collector = letter.collector().name();
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
            mail.setFrom(from, collector);
            if (letter.collector().email() != null) {
                mail.setReplyTo(letter.collector().email());
            }
            mail.setTo(to);
            mail.setSubject(texts.text(language, "email.subject", title, collector));
            mail.setText(texts.text(language, "email.body", title, collector));
            mail.addAttachment(title + " " + letter.payment().reference() + ".pdf", new ByteArrayResource(pdf),
                    "application/pdf");
            message.setHeader(LETTER_ID_HEADER, letter.letterId().toString());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new PermanentFailureException("Cannot build the e-mail of letter " + letter.letterId(), e);
        }
        return message;
    }
}
