package fi.saatava.law.allocation;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.money.Money;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Applies a payment to a claim's balance (PerintäL 11 a §, spec §5).
 *
 * <p>Consumer claims always use interest → principal → collection costs → interest on costs: costs may be paid only
 * after the principal and its interest (11 a § 2 mom; breaking it can draw a penalty payment, 17 a §). Another order
 * for a consumer claim is rejected.
 *
 * <p>Other claims may use any order of all four components (11 a § 2 mom does not apply to them). The default is the
 * common industry order costs → interest on costs → interest → principal. No statute prescribes it: spec §5 marks it
 * UNCONFIRMED as a legal default, so a creditor's contract or instruction should set the order where it can.
 *
 * <p>A consumer credit debtor's own designation of which claim a payment reduces (KSL 7:26) chooses between claims; it
 * is applied by the caller before this per-claim allocation.
 */
public final class PaymentAllocator {

    /** Interest → principal → costs → interest on costs (PerintäL 11 a § 1–2 mom). */
    public static final List<BalanceComponent> CONSUMER_ORDER = List.of(BalanceComponent.INTEREST,
            BalanceComponent.PRINCIPAL, BalanceComponent.COSTS, BalanceComponent.INTEREST_ON_COSTS);

    /** Costs → interest on costs → interest → principal: the documented default for other claims (UNCONFIRMED). */
    public static final List<BalanceComponent> DEFAULT_OTHER_ORDER = List.of(BalanceComponent.COSTS,
            BalanceComponent.INTEREST_ON_COSTS, BalanceComponent.INTEREST, BalanceComponent.PRINCIPAL);

    /** Allocates in the statutory consumer order, or the default order for other claims. */
    public Allocation allocate(ClaimKind kind, Balance outstanding, Money payment) {
        return allocate(kind, outstanding, payment, kind == ClaimKind.CONSUMER ? CONSUMER_ORDER : DEFAULT_OTHER_ORDER);
    }

    /**
     * Allocates in the given order.
     *
     * @param order every component exactly once
     * @throws IllegalArgumentException if the payment is not positive, the order is not a permutation of all four
     *                                  components, or a consumer claim is given any order but {@link #CONSUMER_ORDER}
     */
    public Allocation allocate(ClaimKind kind, Balance outstanding, Money payment, List<BalanceComponent> order) {
        Objects.requireNonNull(outstanding, "outstanding");
        if (!payment.isPositive()) {
            throw new IllegalArgumentException("a payment must be positive");
        }
        if (order.size() != BalanceComponent.values().length
                || !EnumSet.copyOf(order).equals(EnumSet.allOf(BalanceComponent.class))) {
            throw new IllegalArgumentException("the order must list each of " + List.of(BalanceComponent.values()) + " once");
        }
        if (kind == ClaimKind.CONSUMER && !order.equals(CONSUMER_ORDER)) {
            throw new IllegalArgumentException("a consumer claim's payments must go to interest, principal, costs and "
                    + "interest on costs in that order (PerintäL 11 a § 2 mom, spec §5)");
        }
        Money left = payment;
        Balance remaining = outstanding;
        List<Allocation.Line> lines = new ArrayList<>();
        for (BalanceComponent component : order) {
            Money share = left.min(remaining.amountOf(component));
            if (share.isPositive()) {
                lines.add(new Allocation.Line(component, share));
                remaining = remaining.reduce(component, share);
                left = left.minus(share);
            }
        }
        return new Allocation(payment, lines, left, remaining, explanation(kind, order, left));
    }

    private static String explanation(ClaimKind kind, List<BalanceComponent> order, Money overpayment) {
        String basis;
        if (kind == ClaimKind.CONSUMER) {
            basis = "consumer claim: costs only after the principal and its interest (PerintäL 11 a § 2 mom, spec §5)";
        } else if (order.equals(DEFAULT_OTHER_ORDER)) {
            basis = "other claim: the default industry order; no statute prescribes it (spec §5, UNCONFIRMED)";
        } else {
            basis = "other claim: the order agreed for this claim (PerintäL 11 a § 2 mom does not apply, spec §5)";
        }
        return "Applied in the order " + order + ", " + basis + "."
                + (overpayment.isPositive() ? " Overpayment " + overpayment + " € exceeds the whole balance and is "
                + "kept for refund." : "");
    }
}
