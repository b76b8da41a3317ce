package fi.saatava.gateway.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.law.money.Money;

/**
 * What the enforcement authority reported, as the gateway booked it.
 *
 * @param outcome                   one of {@code ProcessContract.EnforcementOutcomes}
 * @param collectedAmount           a remittance's amount collected from the debtor, else {@code null}
 * @param passiveRegistrationEndsOn for a no-assets certificate, the day its passive registration ends (UK 3:102)
 */
public record EnforcementOutcomeRecord(UUID claimId, String filingId, String outcome, String caseNumber,
                                       Money collectedAmount, Money remittanceFee, LocalDate remittanceDate,
                                       LocalDate certificateDate, LocalDate passiveRegistrationEndsOn,
                                       Instant recordedAt) {
}
