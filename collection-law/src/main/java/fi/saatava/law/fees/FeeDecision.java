package fi.saatava.law.fees;

import fi.saatava.law.money.Money;
import java.time.LocalDate;

/**
 * The fee for one action and why.
 *
 * @param action      the action
 * @param on          its date
 * @param fee         the collection fee this action carries, counted towards the caps; record it in the history
 * @param charge      what to add to the debtor's debt now: equals {@code fee}, except that fees are first absorbed by
 *                    the 40 € standard compensation already charged (claimable = max(V, F), PerintäL 10 i §, spec §2.5)
 * @param maximum     the statutory maximum for this action before the total cap
 * @param explanation the reason, citing the statute and the spec section; says why the fee is lower or none
 */
public record FeeDecision(FeeAction action, LocalDate on, Money fee, Money charge, Money maximum, String explanation) {

    /** The history entry for this action. */
    public PastAction toPastAction(LocalDate paymentDeadline) {
        return new PastAction(action, on, fee, paymentDeadline);
    }
}
