package fi.saatava.gateway.creditregister;

import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimNotFoundException;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.legal.FilingParties;
import fi.saatava.gateway.problem.NotFoundException;
import fi.saatava.process.ProcessContract;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal API the draft-protest worker reads for the payment notice to the credit register (topic
 * {@code default-entry-remove}; LTL 18 § 2 mom, 28 § 2 mom, spec §10): who paid whom, and on which day.
 */
@RestController
@RequestMapping(path = "/api/internal/claims", produces = MediaType.APPLICATION_JSON_VALUE)
class PaymentNoticeController {

    private final ClaimRepository claims;
    private final FilingParties parties;

    PaymentNoticeController(ClaimRepository claims, FilingParties parties) {
        this.claims = claims;
        this.parties = parties;
    }

    /** @param debtor carries the identity code: personal data, for the register only */
    record PaymentNotice(UUID claimId, FilingParties.Organisation creditor, FilingParties.Party debtor,
                         LocalDate paidOn) {
    }

    @GetMapping("/{claimId}/payment-notice")
    PaymentNotice paymentNotice(@PathVariable UUID claimId) {
        Claim claim = claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        if (claim.closure() == null || !ProcessContract.CloseReasons.PAID.equals(claim.closure().reason())) {
            throw new NotPaid(claimId);
        }
        return new PaymentNotice(claimId, parties.creditor(claim), parties.debtor(claim), claim.closure().paidOn());
    }

    static class NotPaid extends NotFoundException {
        NotPaid(UUID claimId) {
            super("Claim " + claimId + " is not paid in full: there is no payment notice to send");
        }
    }
}
