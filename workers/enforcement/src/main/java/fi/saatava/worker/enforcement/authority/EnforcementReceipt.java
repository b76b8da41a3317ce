package fi.saatava.worker.enforcement.authority;

import java.time.Instant;

/** The authority's answer to an application: the case its events will name. */
public record EnforcementReceipt(String filingId, String caseNumber, String office, String amountToCollect,
        Instant receivedAt, String status) {
}
