package fi.saatava.simulators.insolvency;

import java.time.Instant;

/**
 * The administrator's answer to a lodged claim.
 *
 * @param status  {@code LODGED}, or {@code LATE} when received after the lodging deadline (jälkivalvonta)
 * @param lateFee bankruptcy only: 1 % of the claim, at least 600 € and at most 6 000 € (KonkL 12:16); else null
 */
public record LodgingReceipt(String lodgingId, String filingId, String procedure, String procedureCaseNumber,
        Instant receivedAt, String status, String lateFee) {
}
