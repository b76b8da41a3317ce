package fi.saatava.simulators.printhouse;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A letter the print house accepted: printed, enveloped and handed to the post on {@code postingDate}.
 *
 * @param bytes  size of the PDF received
 * @param sha256 hash of the PDF received, to compare with what the agency archived
 */
public record PrintJob(String jobId, String letterId, String idempotencyKey, String recipientName,
        String mailClass, long bytes, String sha256, Instant acceptedAt, LocalDate postingDate) {
}
