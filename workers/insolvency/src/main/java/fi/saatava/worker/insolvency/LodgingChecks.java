package fi.saatava.worker.insolvency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract.InsolvencyStatuses;
import fi.saatava.worker.insolvency.gateway.InsolvencyClaim;
import fi.saatava.worker.insolvency.gateway.InsolvencyClaim.Cost;
import fi.saatava.worker.kit.task.PermanentFailureException;

/**
 * What the worker refuses to lodge, because an administrator would reject it or it would claim what the law does not
 * allow: a procedure other than the one the process is in, a total that is not the sum of its parts, or interest after
 * the start of debt adjustment or restructuring, where late interest stops (VJL 16 §, YSL 15 § 2 mom; spec §11).
 * The worker checks the gateway's arithmetic; it never computes an amount itself.
 */
final class LodgingChecks {

    private static final Set<String> PROCEDURES = Set.of(InsolvencyStatuses.BANKRUPTCY,
            InsolvencyStatuses.DEBT_ADJUSTMENT, InsolvencyStatuses.RESTRUCTURING, InsolvencyStatuses.DECEASED_ESTATE);
    private static final Set<String> INTEREST_STOPS = Set.of(InsolvencyStatuses.DEBT_ADJUSTMENT,
            InsolvencyStatuses.RESTRUCTURING);

    private LodgingChecks() {
    }

    static void check(InsolvencyClaim claim, String processProcedure) {
        List<String> problems = new ArrayList<>();
        if (!PROCEDURES.contains(claim.procedure())) {
            problems.add("unknown procedure " + claim.procedure());
        } else if (!claim.procedure().equals(processProcedure)) {
            problems.add("the gateway prepared a " + claim.procedure() + " claim but the process is in "
                    + processProcedure);
        }
        if (INTEREST_STOPS.contains(claim.procedure()) && claim.interestAfterStart() != null) {
            problems.add("interest after the start is claimed although late interest stops in " + claim.procedure()
                    + " (VJL 16 §, YSL 15 § 2 mom)");
        }
        if (claim.lodgingDeadline() == null) {
            problems.add("no lodging deadline");
        }
        String sum = sumProblem(claim);
        if (sum != null) {
            problems.add(sum);
        }
        if (!problems.isEmpty()) {
            throw new PermanentFailureException("Not lodging claim " + claim.claimId() + ": " + String.join("; ",
                    problems));
        }
    }

    private static String sumProblem(InsolvencyClaim claim) {
        try {
            Money parts = Money.of(claim.principal()).plus(Money.of(claim.interestBeforeStart().amount()));
            for (Cost cost : claim.costs()) {
                parts = parts.plus(Money.of(cost.amount()));
            }
            Money total = Money.of(claim.total());
            return total.equals(parts) ? null
                    : "total " + total + " is not principal + interest before the start + costs = " + parts;
        } catch (RuntimeException e) {
            return "an amount is missing or malformed";
        }
    }
}
