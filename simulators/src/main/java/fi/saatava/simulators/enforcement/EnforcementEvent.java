package fi.saatava.simulators.enforcement;

import java.time.LocalDate;

/**
 * A message from the enforcement system to the applicant, as {@code GET /enforcement/v1/events} lists it.
 *
 * @param filingId                 the applicant's Idempotency-Key of the application
 * @param applicantReference       the applicant's own reference (Saatava's claim id)
 * @param sequence                 1-based number of this event among the application's events
 * @param outcome                  {@code PAID_IN_FULL}, {@code PARTIAL_REMITTANCE} or {@code NO_ASSETS}
 * @param collectedAmount          remittances: collected from the debtor (reduces the debt)
 * @param remittanceFee            remittances: 1.45 % of the collected amount, at most 5 000 € (UK fees 3 a §)
 * @param remittedAmount           remittances: paid to the applicant's account (collected − fee)
 * @param certificateDate          no assets: the date of the obstacle certificate (UK 3:95)
 * @param passiveRegistrationUntil no assets with passive registration requested: certificate date + 2 years (UK 3:102)
 */
public record EnforcementEvent(
        String eventId,
        String filingId,
        String applicantReference,
        String caseNumber,
        int sequence,
        String outcome,
        String collectedAmount,
        String remittanceFee,
        String remittedAmount,
        LocalDate remittanceDate,
        LocalDate certificateDate,
        LocalDate passiveRegistrationUntil) {
}
