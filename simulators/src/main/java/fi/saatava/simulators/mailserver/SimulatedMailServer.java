package fi.saatava.simulators.mailserver;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fi.saatava.simulators.recording.Resettable;
import jakarta.mail.MessagingException;

/**
 * An SMTP server (GreenMail) that accepts every mail without authentication, as a debtor's mail provider would
 * receive the letters worker's e-mails, and records each in {@link ReceivedMails}. It listens on
 * {@code saatava.simulators.smtp.port} (3025 when the simulators run as the app; a free one, see {@link #port()},
 * when they are embedded in another JVM or the port is 0) at {@code saatava.simulators.smtp.bind-address} (default
 * 127.0.0.1: nothing outside the machine can send to it), and starts before the web server, so the simulators
 * answering HTTP means the mail server is up too.
 */
@Component
public class SimulatedMailServer implements SmartLifecycle, Resettable {

    public static final String PORT_PROPERTY = "saatava.simulators.smtp.port";
    /** The port when the simulators run as the app (run.sh gives it to the letters worker). */
    public static final String APP_PORT = "3025";

    /** Spring Boot starts the embedded web server in phase {@code DEFAULT_PHASE - 1024}; this starts before it. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

    private static final Logger log = LoggerFactory.getLogger(SimulatedMailServer.class);

    private final ReceivedMails mails;
    private final GreenMail greenMail;

    public SimulatedMailServer(ReceivedMails mails, @Value("${" + PORT_PROPERTY + ":0}") int port,
            @Value("${saatava.simulators.smtp.bind-address:127.0.0.1}") String bindAddress) {
        this.mails = mails;
        this.greenMail = new GreenMail(new ServerSetup(port, bindAddress, ServerSetup.PROTOCOL_SMTP));
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    @Override
    public void start() {
        // GreenMail makes its user manager anew on every stop: hook the recording in before each start.
        UserManager users = greenMail.getUserManager();
        users.setMessageDeliveryHandler(recording(users.getMessageDeliveryHandler()));
        greenMail.start();
        log.info("Simulated mail server: SMTP on {}:{}", greenMail.getSmtp().getBindTo(), port());
    }

    @Override
    public void stop() {
        greenMail.stop();
    }

    @Override
    public boolean isRunning() {
        return greenMail.isRunning();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The port the SMTP server listens on (the free port chosen when configured with 0). */
    public int port() {
        return greenMail.getSmtp().getPort();
    }

    @Override
    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Cannot empty the simulated mailboxes", e);
        }
    }

    /**
     * GreenMail hands a mail to the delivery handler once per envelope recipient; it is recorded once, at the
     * recipient that comes first in the (unchanging) recipient set, and then delivered to the mailbox as usual.
     */
    private MessageDeliveryHandler recording(MessageDeliveryHandler mailbox) {
        return (message, recipient) -> {
            if (recipient.equals(message.getToAddresses().iterator().next())) {
                record(message);
            }
            return mailbox.handle(message, recipient);
        };
    }

    private void record(MovingMessage message) throws MessagingException {
        List<String> recipients = message.getToAddresses().stream().map(MailAddress::getEmail).sorted().toList();
        try {
            ReceivedMail mail = mails.receive(message.getMessage(), recipients);
            log.info("Simulated mail server received {} (letter {}) with {} attachment(s)", mail.id(),
                    mail.letterId(), mail.attachments().size());
        } catch (IOException e) {
            throw new MessagingException("Cannot read the mail's content", e);
        }
    }
}
