package fi.saatava.gateway.settlements;

import fi.saatava.gateway.creditors.Creditor;
import fi.saatava.law.money.Money;

/**
 * The creditor's due for one claim's collected funds, by its terms: principal and interest are the creditor's, of the
 * collection costs only its agreed share (the rest is the agency's); the agency keeps its commission on that, and
 * the fixed fee per claim in the claim's first settlement. The enforcement authority's remittance fees are the
 * creditor's cost (spec §9): the authority withheld them from the cash, so they are deducted here once, shown on the
 * line, and never again. Never more than was collected: the commission and the fixed fee are taken from the claim's
 * own funds only. A negative amount (the bank took back money settled before) is deducted with its commission
 * returned.
 */
final class SettlementCalculator {

    private SettlementCalculator() {
    }

    static SettlementLine line(CollectedFunds funds, Creditor.Commission terms, boolean firstSettlementOfClaim) {
        Money share = funds.costs().percent(terms.feeSharePercent());
        Money base = funds.principal().plus(funds.interest()).plus(share);
        Money commission = base.percent(terms.percent());
        Money left = base.minus(commission).minus(funds.remittanceFees());
        Money fixedFee = firstSettlementOfClaim && base.isPositive()
                ? terms.fixedFeePerClaim().min(left.max(Money.ZERO)) : Money.ZERO;
        return new SettlementLine(funds.claimId(), funds.principal(), funds.interest(), funds.costs(), share,
                commission, fixedFee, funds.remittanceFees(), left.minus(fixedFee));
    }
}
