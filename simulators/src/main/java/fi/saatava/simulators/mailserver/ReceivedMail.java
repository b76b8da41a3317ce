package fi.saatava.simulators.mailserver;

import java.time.Instant;
import java.util.List;

/**
 * One e-mail the simulated mail server accepted, as {@code GET /mail-server/v1/messages} lists it.
 *
 * @param from        the {@code From} header's addresses, with their display names
 * @param to          the envelope recipients (those the mail was delivered to)
 * @param letterId    the {@code X-Saatava-Letter-Id} header of a letter the letters worker sent, else null
 * @param attachments the attached files, in message order
 * @param receivedAt  when the server accepted the mail, by the simulators' clock
 */
public record ReceivedMail(String id, String from, List<String> to, String subject, String letterId,
        List<Attachment> attachments, Instant receivedAt) {

    /**
     * An attached file, without its content (served by {@code …/messages/{id}/attachments/{index}}).
     *
     * @param bytes  size of the decoded content
     * @param sha256 hash of the decoded content, to compare with what the agency archived
     */
    public record Attachment(String name, String contentType, long bytes, String sha256) {
    }
}
