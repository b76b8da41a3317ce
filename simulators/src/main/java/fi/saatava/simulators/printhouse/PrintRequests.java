package fi.saatava.simulators.printhouse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.saatava.simulators.recording.DocumentDigest;
import fi.saatava.simulators.web.FieldProblem;
import fi.saatava.simulators.web.RequestChecks;

/** Reading a print request: its checks, its PDF, and the form it is recorded in (the PDF as size and hash). */
final class PrintRequests {

    static final List<String> MAIL_CLASSES = List.of("ECONOMY", "PRIORITY");
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PrintRequests() {
    }

    static List<FieldProblem> problems(JsonNode body) {
        RequestChecks checks = new RequestChecks(body);
        checks.text("letterId");
        RequestChecks recipient = checks.within("recipient", body.path("recipient"));
        recipient.text("name");
        recipient.text("street");
        String postalCode = recipient.text("postalCode");
        recipient.text("city");
        String country = body.path("recipient").path("country").asText("FI");
        if (postalCode != null && ("FI".equals(country) || country.isBlank())) {
            recipient.require(postalCode.matches("\\d{5}"), "postalCode", "must be five digits for a Finnish address");
        }
        checks.oneOf("mailClass", MAIL_CLASSES);
        String contentType = checks.text("document.contentType");
        checks.require(contentType == null || "application/pdf".equals(contentType), "document.contentType",
                "must be application/pdf");
        checks.require(pdf(body) != null, "document.content", "must be a PDF, base64-encoded");
        return checks.problems();
    }

    /** The PDF of the request, or null when it is missing, not base64 or not a PDF. */
    static byte[] pdf(JsonNode body) {
        JsonNode content = body.path("document").path("content");
        if (!content.isTextual()) {
            return null;
        }
        try {
            byte[] pdf = Base64.getDecoder().decode(content.asText());
            boolean isPdf = pdf.length > PDF_MAGIC.length
                    && Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
            return isPdf ? pdf : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The request as recorded and compared for idempotency: the PDF replaced by its size and hash. */
    static JsonNode recordable(JsonNode body) {
        if (!body.isObject() || !body.path("document").isObject()) {
            return body;
        }
        ObjectNode copy = body.deepCopy();
        ObjectNode document = (ObjectNode) copy.get("document");
        byte[] pdf = pdf(body);
        document.remove("content");
        if (pdf != null) {
            document.put("bytes", pdf.length);
            document.put("sha256", DocumentDigest.sha256(pdf));
        } else {
            document.put("content", "(not a base64 PDF)");
        }
        return copy;
    }
}
