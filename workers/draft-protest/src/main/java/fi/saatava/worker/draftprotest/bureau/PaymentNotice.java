package fi.saatava.worker.draftprotest.bureau;

import java.time.LocalDate;

import fi.saatava.worker.draftprotest.gateway.PaidClaim;
import fi.saatava.worker.kit.party.Debtor;

/** Body of {@code POST /payment-notices}: the creditor's claim was paid on {@code paidOn} (spec §10). */
public record PaymentNotice(BureauCreditor creditor, String creditorReference, Debtor debtor, LocalDate paidOn) {

    public static PaymentNotice of(PaidClaim claim) {
        return new PaymentNotice(BureauCreditor.of(claim.creditor()), claim.claimId(), claim.debtor(), claim.paidOn());
    }
}
