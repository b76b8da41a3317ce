package fi.saatava.worker.kit.filing;

/** Body of the gateway's prepare-a-filing calls: {@code {"filingId": "…"}}, the filing task's id. */
public record FilingRequest(String filingId) {
}
