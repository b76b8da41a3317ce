package fi.saatava.simulators.court;

import java.time.Instant;

/** The court's answer to a filed application: the case number the decisions will carry. */
public record SummonsReceipt(String filingId, String court, String caseNumber, Instant receivedAt, String status) {
}
