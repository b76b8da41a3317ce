package fi.saatava.gateway.paymentplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.ledger.FeeCharging;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.problem.FieldProblem;
import fi.saatava.law.fees.FeeDecision;
import fi.saatava.law.money.Money;
import org.springframework.stereotype.Component;

/**
 * What a payment plan must be before its process checks it against the operators' limits: within the agency's hard
 * limits (count, length), instalments in date order from today on, and covering the whole remaining claim, which a
 * plan fee requires (PerintäL 10 a § 1 mom 7 k, 10 e § 1 mom 6 k): the balance on the last due date, with the late
 * interest that runs until then as if nothing were paid before, plus the plan fee the law allows. A debtor who pays
 * every instalment has therefore paid the claim in full.
 */
@Component
class PlanValidation {

    private final PaymentPlanProperties properties;
    private final LedgerService ledger;
    private final FeeCharging fees;

    PlanValidation(PaymentPlanProperties properties, LedgerService ledger, FeeCharging fees) {
        this.properties = properties;
        this.ledger = ledger;
        this.fees = fees;
    }

    /** @return one problem per bad field, empty when the plan may go to its process */
    List<FieldProblem> problems(Claim claim, List<PaymentPlan.Instalment> instalments, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (instalments.size() > properties.maxInstalments()) {
            problems.add(new FieldProblem("instalments", "a plan has at most " + properties.maxInstalments()
                    + " instalments"));
        }
        LocalDate previous = today.minusDays(1);
        for (PaymentPlan.Instalment instalment : instalments) {
            String field = "instalments[" + (instalment.number() - 1) + "].dueDate";
            if (!instalment.dueDate().isAfter(previous)) {
                problems.add(new FieldProblem(field, instalment.number() == 1 ? "must be today or later"
                        : "must be after the previous instalment's due date"));
            }
            previous = instalment.dueDate();
        }
        LocalDate last = instalments.get(instalments.size() - 1).dueDate();
        if (last.isAfter(today.plusMonths(properties.maxMonths()))) {
            problems.add(new FieldProblem("instalments[" + (instalments.size() - 1) + "].dueDate",
                    "a plan ends at most " + properties.maxMonths() + " months from today"));
        }
        if (problems.isEmpty()) {
            coverage(claim, instalments, today, last).ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<FieldProblem> coverage(Claim claim, List<PaymentPlan.Instalment> instalments,
                                                      LocalDate today, LocalDate last) {
        Money offered = instalments.stream().map(PaymentPlan.Instalment::amount).reduce(Money.ZERO, Money::plus);
        Money balance = ledger.balances(claim, last).outstanding();
        FeeDecision fee = fees.decidePlanFee(claim, today, instalments.size());
        Money needed = balance.plus(fee.charge());
        if (!offered.isLessThan(needed)) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("instalments", "the instalments add up to " + offered
                + " €, but a plan must cover the whole remaining claim: at least " + needed + " € (the balance of "
                + balance + " € on the last due date " + last + ", late interest included, and the plan fee of "
                + fee.charge() + " €)"));
    }
}
