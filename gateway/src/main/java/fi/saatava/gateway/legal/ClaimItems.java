package fi.saatava.gateway.legal;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimTerms;
import fi.saatava.gateway.letters.LetterCosts;
import fi.saatava.law.interest.InterestSegment;
import fi.saatava.law.interest.InterestTerms;
import fi.saatava.law.interest.LateInterest;
import fi.saatava.law.money.Money;
import org.springframework.stereotype.Component;

/**
 * What the claim consists of on a day, itemised as a court or an authority wants it: the principal, late interest at
 * the claim's rate from the day after the due date until paid (KorkoL 4 §, 4 a §, spec §6.1), and the collection costs
 * the debtor was told of in the last letter (PerintäL 10 a § / 10 e §).
 */
@Component
class ClaimItems {

    static final String PRINCIPAL = "PRINCIPAL";
    static final String LATE_INTEREST = "LATE_INTEREST";
    static final String COLLECTION_COST = "COLLECTION_COST";

    private final LateInterest lateInterest;
    private final LetterCosts letterCosts;

    ClaimItems(LateInterest lateInterest, LetterCosts letterCosts) {
        this.lateInterest = lateInterest;
        this.letterCosts = letterCosts;
    }

    List<ClaimItem> on(Claim claim, LocalDate day) {
        Money principal = claim.invoice().principal();
        List<ClaimItem> items = new ArrayList<>();
        items.add(ClaimItem.amount(PRINCIPAL, principal.toString(),
                "Invoice " + claim.invoice().number() + ": " + claim.invoice().description(),
                claim.invoice().description() + " (invoice " + claim.invoice().number() + " of "
                        + claim.invoice().invoiceDate() + ", due " + claim.invoice().dueDate() + ")"));
        InterestSegment rate = lateInterest.rateOn(day, interestTerms(claim.terms()));
        items.add(new ClaimItem(LATE_INTEREST, null, rate.ratePercent().setScale(2, RoundingMode.UNNECESSARY)
                .toPlainString(), claim.invoice().dueDate().plusDays(1), null, principal.toString(),
                "Late-payment interest until paid", rate.rule()));
        Money costs = letterCosts.collectionCostsSoFar(claim.id());
        if (costs.isPositive()) {
            items.add(ClaimItem.amount(COLLECTION_COST, costs.toString(), "Collection costs",
                    claim.terms().consumerClaim() ? "PerintäL 10 a §" : "PerintäL 10 e §, 10 i §"));
        }
        return items;
    }

    /** KorkoL 4 § (reference + 7), 4 a § for a commercial payment (+ 8), or a higher agreed rate (4 § 2 mom). */
    private static InterestTerms interestTerms(ClaimTerms terms) {
        InterestTerms statutory = terms.commercialPayment() ? InterestTerms.commercial() : InterestTerms.ordinary();
        return terms.contractualInterestRate() == null ? statutory
                : statutory.withContractualRate(terms.contractualInterestRate());
    }
}
