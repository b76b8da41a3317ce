package fi.saatava.simulators.enforcement;

import java.time.Instant;

/** The enforcement authority's answer to an application: its case number and the amount it will collect. */
public record EnforcementReceipt(String filingId, String caseNumber, String office, String amountToCollect,
        Instant receivedAt, String status) {
}
