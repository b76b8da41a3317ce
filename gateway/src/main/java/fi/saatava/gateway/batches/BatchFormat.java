package fi.saatava.gateway.batches;

import java.util.Optional;

import org.springframework.http.MediaType;

/** How a batch's claims are written. */
enum BatchFormat {
    /** One claim per line, each line the JSON of {@code POST /api/v1/claims}. */
    JSON_LINES("application/x-ndjson"),
    /** A header naming the columns (the claim's fields as dotted paths), then one claim per record. */
    CSV("text/csv");

    private final MediaType mediaType;

    BatchFormat(String mediaType) {
        this.mediaType = MediaType.parseMediaType(mediaType);
    }

    String mediaType() {
        return mediaType.toString();
    }

    static Optional<BatchFormat> of(MediaType contentType) {
        for (BatchFormat format : values()) {
            if (format.mediaType.isCompatibleWith(contentType)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
