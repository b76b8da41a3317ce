package fi.saatava.worker.enforcement.authority;

import java.time.LocalDate;

/**
 * A remittance or an obstacle certificate from the authority: {@code filingId} is the applicant's Idempotency-Key,
 * {@code applicantReference} the claim id, {@code sequence} its 1-based number among the application's events.
 */
public record EnforcementEvent(String eventId, String filingId, String applicantReference, String caseNumber,
        int sequence, String outcome, String collectedAmount, String remittanceFee, String remittedAmount,
        LocalDate remittanceDate, LocalDate certificateDate, LocalDate passiveRegistrationUntil) {
}
