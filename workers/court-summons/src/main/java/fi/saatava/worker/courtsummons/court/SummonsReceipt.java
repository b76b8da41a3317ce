package fi.saatava.worker.courtsummons.court;

import java.time.Instant;

/** The court's answer to a filed application. */
public record SummonsReceipt(String filingId, String court, String caseNumber, Instant receivedAt, String status) {
}
