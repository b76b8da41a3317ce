package fi.saatava.gateway.clientfunds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.creditors.CreditorRepository;
import fi.saatava.gateway.payments.PaymentRepository;
import fi.saatava.gateway.payments.PaymentState;
import fi.saatava.gateway.payments.RefundRepository;
import fi.saatava.gateway.settlements.CollectedFunds;
import fi.saatava.gateway.settlements.Settlements;
import fi.saatava.law.money.Money;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client-funds report (PerintäL 11 §: funds received for creditors are kept apart and accounted for): what the
 * client-funds account holds for others right now, from the ledger and the payment records, read in one transaction.
 */
@RestController
class ClientFundsController {

    private final Settlements settlements;
    private final CreditorRepository creditors;
    private final ClaimRepository claims;
    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final Clock clock;

    ClientFundsController(Settlements settlements, CreditorRepository creditors, ClaimRepository claims,
                          PaymentRepository payments, RefundRepository refunds, Clock clock) {
        this.settlements = settlements;
        this.creditors = creditors;
        this.claims = claims;
        this.payments = payments;
        this.refunds = refunds;
        this.clock = clock;
    }

    /**
     * @param notSettled         received for creditors and applied in their claims' ledgers (enforcement remittances
     *                           once their cash is in), not settled yet
     * @param awaitingAllocation payments matched to a claim whose allocation failed and is retried
     * @param unmatched          payments in the operators' queue
     * @param refundsDue         owed back to payers, not yet in a credit transfer file
     * @param total              the sum of the four
     */
    record Report(Instant asOf, String total, String notSettled, String awaitingAllocation, String unmatched,
                  String refundsDue, List<CreditorFunds> creditors) {
    }

    record CreditorFunds(UUID creditorId, String name, String notSettled, List<ClaimFunds> claims) {
    }

    /**
     * @param remittanceFees the enforcement authority withheld these from confirmed remittances (spec §9): the debtor
     *                       paid principal + interest + collection costs, the account received that less these
     * @param notSettled     the money on the account for the claim: principal + interest + costs − remittance fees
     */
    record ClaimFunds(UUID claimId, String creditorReference, String referenceNumber, String principal,
                      String interest, String collectionCosts, String remittanceFees, String notSettled) {
    }

    @GetMapping(path = "/api/admin/client-funds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Transactional(readOnly = true)
    Report report() {
        List<CreditorFunds> byCreditor = new ArrayList<>();
        Money notSettled = Money.ZERO;
        for (Map.Entry<UUID, Map<UUID, CollectedFunds>> creditor : settlements.unsettledFunds().entrySet()) {
            List<ClaimFunds> claimFunds = new ArrayList<>();
            Money creditorTotal = Money.ZERO;
            for (CollectedFunds funds : creditor.getValue().values()) {
                Claim claim = claims.require(funds.claimId());
                claimFunds.add(new ClaimFunds(claim.id(), claim.creditorReference(), claim.referenceNumber(),
                        funds.principal().toString(), funds.interest().toString(), funds.costs().toString(),
                        funds.remittanceFees().toString(), funds.total().toString()));
                creditorTotal = creditorTotal.plus(funds.total());
            }
            byCreditor.add(new CreditorFunds(creditor.getKey(), creditors.require(creditor.getKey()).name(),
                    creditorTotal.toString(), claimFunds));
            notSettled = notSettled.plus(creditorTotal);
        }
        Money awaiting = payments.total(PaymentState.MATCHED);
        Money unmatched = payments.total(PaymentState.UNMATCHED);
        Money refundsDue = refunds.totalDue();
        return new Report(clock.instant(), notSettled.plus(awaiting).plus(unmatched).plus(refundsDue).toString(),
                notSettled.toString(), awaiting.toString(), unmatched.toString(), refundsDue.toString(), byCreditor);
    }
}
