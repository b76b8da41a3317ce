package fi.saatava.worker.insolvency.register;

import java.time.Instant;

/**
 * The administrator's answer: {@code status} LODGED, or LATE after the lodging deadline, when a bankruptcy claim costs
 * {@code lateFee} (KonkL 12:16).
 */
public record LodgingReceipt(String lodgingId, String filingId, String procedure, String procedureCaseNumber,
        Instant receivedAt, String status, String lateFee) {

    public boolean late() {
        return "LATE".equals(status);
    }
}
