package fi.saatava.worker.draftprotest.gateway;

import java.time.LocalDate;

import fi.saatava.worker.kit.party.Debtor;
import fi.saatava.worker.kit.party.Organisation;

/** A claim paid in full ({@code GET /api/internal/claims/{claimId}/payment-notice}): who paid whom, and when. */
public record PaidClaim(String claimId, Organisation creditor, Debtor debtor, LocalDate paidOn) {
}
