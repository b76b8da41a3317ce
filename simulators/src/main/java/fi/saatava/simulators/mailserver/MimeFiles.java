package fi.saatava.simulators.mailserver;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** Reading a received MIME message: its sender and its attached files, decoded. */
final class MimeFiles {

    /** An attached file with its decoded content. */
    record File(String name, String contentType, byte[] content) {
    }

    private MimeFiles() {
    }

    /** The {@code From} addresses as a reader sees them (display names decoded), or null when there are none. */
    static String from(MimeMessage message) throws MessagingException {
        var addresses = message.getFrom();
        if (addresses == null || addresses.length == 0) {
            return null;
        }
        List<String> readable = new ArrayList<>();
        for (var address : addresses) {
            readable.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
        }
        return String.join(", ", readable);
    }

    /** Every part that is an attachment or names a file, in message order, nested multiparts included. */
    static List<File> attachments(Part part) throws MessagingException, IOException {
        List<File> files = new ArrayList<>();
        collect(part, files);
        return files;
    }

    private static void collect(Part part, List<File> files) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), files);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            try (InputStream content = part.getInputStream()) {
                files.add(new File(name(part), new ContentType(part.getContentType()).getBaseType(),
                        content.readAllBytes()));
            }
        }
    }

    /** The file name, decoded: Spring's MimeMessageHelper encodes non-ASCII names (RFC 2047), e.g. "Perintä…". */
    private static String name(Part part) throws MessagingException, IOException {
        String name = part.getFileName();
        return name == null ? null : MimeUtility.decodeText(name);
    }
}
