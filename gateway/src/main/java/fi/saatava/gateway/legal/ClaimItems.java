package fi.saatava.gateway.legal;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.ledger.Balances;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.law.interest.InterestSegment;
import fi.saatava.law.interest.LateInterest;
import fi.saatava.law.money.Money;
import org.springframework.stereotype.Component;

/**
 * What the claim consists of on a day as its ledger says, itemised as a court or an authority wants it: the principal
 * outstanding, late interest at the claim's rate until paid (KorkoL 4 §, 4 a §, spec §6.1) and the collection costs
 * outstanding (PerintäL 10 a § / 10 e §). While nothing was paid, interest runs from the day after the due date; after a
 * payment the interest accrued so far is an amount of its own and the rate runs on from the next day.
 */
@Component
class ClaimItems {

    static final String PRINCIPAL = "PRINCIPAL";
    static final String LATE_INTEREST = "LATE_INTEREST";
    static final String COLLECTION_COST = "COLLECTION_COST";

    private final LedgerService ledger;
    private final LateInterest lateInterest;

    ClaimItems(LedgerService ledger, LateInterest lateInterest) {
        this.ledger = ledger;
        this.lateInterest = lateInterest;
    }

    List<ClaimItem> on(Claim claim, LocalDate day) {
        Balances balances = ledger.balances(claim, day);
        Money principal = balances.principal();
        List<ClaimItem> items = new ArrayList<>();
        items.add(ClaimItem.amount(PRINCIPAL, principal.toString(),
                "Invoice " + claim.invoice().number() + ": " + claim.invoice().description(),
                claim.invoice().description() + " (invoice " + claim.invoice().number() + " of "
                        + claim.invoice().invoiceDate() + ", due " + claim.invoice().dueDate() + ")"));
        LocalDate runsFrom = claim.invoice().dueDate().plusDays(1);
        if (balances.paid().isPositive() || balances.credited().isPositive()) {
            if (balances.interest().isPositive()) {
                items.add(new ClaimItem(LATE_INTEREST, balances.interest().toString(), null, runsFrom,
                        balances.interestThrough(), null, "Late-payment interest accrued and unpaid",
                        "KorkoL 4 §"));
            }
            runsFrom = balances.interestThrough().plusDays(1);
        }
        InterestSegment rate = lateInterest.rateOn(day, claim.terms().interestTerms());
        items.add(new ClaimItem(LATE_INTEREST, null, percent(rate), runsFrom, null, principal.toString(),
                "Late-payment interest until paid", rate.rule()));
        if (balances.costs().isPositive()) {
            items.add(ClaimItem.amount(COLLECTION_COST, balances.costs().toString(), "Collection costs",
                    claim.terms().consumerClaim() ? "PerintäL 10 a §" : "PerintäL 10 e §, 10 i §"));
        }
        return items;
    }

    /** An annual rate as filings state it: percent with two decimals, never rounded. */
    static String percent(InterestSegment rate) {
        return rate.ratePercent().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
