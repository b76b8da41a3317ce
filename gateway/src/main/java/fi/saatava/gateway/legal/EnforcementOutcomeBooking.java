package fi.saatava.gateway.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.law.enforcement.PassiveRegistration;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract.EnforcementOutcomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Books what the enforcement authority reported (spec §9): a remittance, whose amount collected from the debtor is a
 * payment in the ledger (allocated by law) and whose remittance fee the authority kept from the creditor (asetus
 * ulosottomaksuista 3 a §), or a no-assets certificate, after which the
 * claim stays in the passive register for 2 years (UK 3:102; a later certificate moves the end).
 */
@Service
public class EnforcementOutcomeBooking {

    private static final Logger log = LoggerFactory.getLogger(EnforcementOutcomeBooking.class);
    static final String PAYMENT_SOURCE = "ENFORCEMENT";

    private final LegalRecords records;
    private final LedgerService ledger;
    private final ClaimRepository claims;
    private final ClaimEvents claimEvents;
    private final Clock clock;

    EnforcementOutcomeBooking(LegalRecords records, LedgerService ledger, ClaimRepository claims,
                              ClaimEvents claimEvents, Clock clock) {
        this.records = records;
        this.ledger = ledger;
        this.claims = claims;
        this.claimEvents = claimEvents;
        this.clock = clock;
    }

    /** The authority's report as the process variables carry it (docs/contracts.md, saatava.enforcementOutcome). */
    public record Report(String filingId, String outcome, String caseNumber, Money collectedAmount,
                         Money remittanceFee, LocalDate remittanceDate, LocalDate certificateDate) {
    }

    /** @return the booked outcome; for NO_ASSETS it carries the passive registration's end */
    public EnforcementOutcomeRecord book(UUID claimId, Report report, String activityInstanceId) {
        boolean noAssets = EnforcementOutcomes.NO_ASSETS.equals(report.outcome());
        if (noAssets && report.certificateDate() == null) {
            throw new IllegalStateException("The no-assets report on claim " + claimId + " has no certificate date");
        }
        if (!noAssets && (report.collectedAmount() == null || report.remittanceDate() == null)) {
            throw new IllegalStateException("The " + report.outcome() + " report on claim " + claimId
                    + " has no collected amount or remittance date");
        }
        EnforcementOutcomeRecord outcome = new EnforcementOutcomeRecord(claimId, report.filingId(), report.outcome(),
                report.caseNumber(), noAssets ? null : report.collectedAmount(),
                noAssets ? null : report.remittanceFee(), noAssets ? null : report.remittanceDate(),
                noAssets ? report.certificateDate() : null,
                noAssets ? PassiveRegistration.endsOn(report.certificateDate()) : null, clock.instant());
        UUID remittanceEntry = null;
        if (!noAssets) {
            // The debtor paid what the bailiff collected; the authority's fee is the creditor's cost, not the debtor's.
            // The entry is client funds once the authority's bank credit confirms it (PaymentReception).
            remittanceEntry = ledger.recordPayment(claimId, new LedgerService.Payment(report.collectedAmount(),
                    report.remittanceDate(), PAYMENT_SOURCE, "Remittance in enforcement case " + report.caseNumber(),
                    "enforcement-remittance:" + activityInstanceId)).entry().id();
            // A remittance that leaves nothing owed closes the claim as paid, which the credit register's payment
            // notice and the claim view go by; the process itself ends on the authority's PAID_IN_FULL.
            Claim claim = claims.require(claimId);
            if (ledger.paidInFull(claim, ledger.balances(claim, report.remittanceDate()))) {
                claimEvents.closePaid(claimId, report.remittanceDate());
            }
        }
        records.recordEnforcementOutcome(outcome, remittanceEntry, activityInstanceId);
        log.info("Claim {}: enforcement {} in case {}{}", claimId, report.outcome(), report.caseNumber(),
                noAssets ? ", passive registration until " + outcome.passiveRegistrationEndsOn()
                        : ", collected " + report.collectedAmount());
        return outcome;
    }
}
