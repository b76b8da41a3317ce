package fi.saatava.law.fees;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides the collection fee of each action under PerintäL 10 a–10 i § (spec §2, §3) and explains it.
 *
 * <p>For every action it checks, in order: a consumer's suspension request (4 c §), whether the action may carry a
 * fee at all (preconditions and count limits, 10 c § / 10 g §), the minimum gap since the previous letter (10 b § /
 * 10 f §, strict counting) and that the payment deadline of every earlier letter has passed (4 § 2 mom; a
 * conservative rule of this library, see {@link fi.saatava.law.schedule.LetterSchedule}), the per-action maximum by principal bracket (10 a § / 10 e §), and what the total cap
 * leaves (10 d § / 10 h §). For commercial payments the 40 € standard compensation V and the fees F are claimable as
 * max(V, F), never V + F (10 i §, 10 h § 3 mom; spec §2.5, UNCONFIRMED as official interpretation).
 *
 * <p>Not decided here: costs above the maximums for unusual work or a special reason (10 a § 3 mom, 10 c § 2 mom,
 * 10 e § 3 mom, 10 g § 3 mom, 10 h § 2 mom) need a person's decision and an itemisation; reminders that are not
 * written (10 a § 2 mom, 10 e § 2 mom) carry their actual cost, which this library does not know.
 *
 * <p>Stateless: the caller passes the claim's history of actions, every letter included.
 */
public final class FeeSchedule {

    /**
     * The fee for {@code request}, given everything already done on the claim.
     *
     * @param history every earlier action on the claim, with the fee each carried (letters without a fee too)
     */
    public FeeDecision decide(ClaimProfile claim, List<PastAction> history, FeeRequest request) {
        FeeTable table = FeeTable.of(claim.kind());
        Optional<String> refusal = refusal(claim, history, request, table);
        if (refusal.isPresent()) {
            return new FeeDecision(request.action(), request.on(), Money.ZERO, Money.ZERO, Money.ZERO,
                    "No fee for the " + request.action().label() + ": " + refusal.get() + ".");
        }
        if (request.action() == FeeAction.STANDARD_COMPENSATION) {
            return standardCompensation(history, request);
        }
        Limit maximum = table.maximum(claim, history, request).withVatAddOn(claim.vatAddOnPercent(),
                table.vatSectionForMaximums());
        Limit cap = totalCap(claim, history, request, table);
        Money fees = fees(history);
        Money room = cap.amount().minus(fees).max(Money.ZERO);
        Money fee = maximum.amount().min(room);
        StringBuilder explanation = new StringBuilder(capitalised(request.action().label())).append(": ")
                .append(fee).append(" €, the ").append(maximum.reason()).append('.');
        if (fee.isLessThan(maximum.amount())) {
            explanation.append(fee.isZero() ? " No fee: " : " Limited to " + fee + " € because ")
                    .append("the ").append(cap.reason()).append(" leaves ").append(room).append(" € after ")
                    .append(fees).append(" € of earlier fees.");
        }
        Money charge = charge(history, fee, Money.ZERO);
        if (!charge.equals(fee)) {
            explanation.append(" Of this, ").append(fee.minus(charge)).append(" € is covered by the standard "
                    + "compensation already charged, so ").append(charge).append(" € is added (claimable costs are "
                    + "max(V, F), PerintäL 10 i §, 10 h § 3 mom, spec §2.5).");
        }
        return new FeeDecision(request.action(), request.on(), fee, charge, maximum.amount(), explanation.toString());
    }

    /** F, V, max(V, F) and the total cap for the claim's history (spec §2.4, §2.5, §3.4). */
    public CollectionCosts costs(ClaimProfile claim, List<PastAction> history) {
        Money fees = fees(history);
        Money compensation = standardCompensation(history);
        FeeTable table = FeeTable.of(claim.kind());
        boolean bankruptcyThreatUsed = FeeTable.count(history, FeeAction.BANKRUPTCY_THREAT_DEMAND, false) > 0;
        Money cap = table.totalCap(claim, bankruptcyThreatUsed)
                .withVatAddOn(claim.vatAddOnPercent(), table.vatSectionForCap()).amount();
        return new CollectionCosts(fees, compensation, fees.max(compensation), cap);
    }

    private static Optional<String> refusal(ClaimProfile claim, List<PastAction> history, FeeRequest request,
                                            FeeTable table) {
        if (claim.kind() == ClaimKind.CONSUMER && claim.suspensionRequestedOn() != null
                && !request.on().isBefore(claim.suspensionRequestedOn())) {
            return Optional.of("the debtor asked on " + claim.suspensionRequestedOn() + " to suspend collection, so "
                    + "no costs may be charged for later actions (PerintäL 4 c § 2 mom, spec §3.7)");
        }
        Optional<String> tableRefusal = table.refusal(claim, history, request);
        if (tableRefusal.isPresent() || !request.action().isLetter()) {
            return tableRefusal;
        }
        List<PastAction> earlierLetters = history.stream()
                .filter(a -> a.action().isLetter() && !a.on().isAfter(request.on())).toList();
        Optional<String> gap = earlierLetters.stream().map(PastAction::on).max(Comparable::compareTo)
                .filter(previous -> request.on().isBefore(previous.plusDays(claim.kind().daysFromPreviousLetter())))
                .map(previous -> "the previous letter was sent on " + previous + ", so the next fee-bearing letter "
                        + "may be sent on " + previous.plusDays(claim.kind().daysFromPreviousLetter()) + " at the "
                        + "earliest (" + table.letterGapSection() + ")");
        return gap.or(() -> earlierLetters.stream().map(PastAction::paymentDeadline).filter(Objects::nonNull)
                .max(Comparable::compareTo)
                .filter(deadline -> !request.on().isAfter(deadline))
                .map(deadline -> "the payment deadline " + deadline + " of an earlier letter has not passed; a letter "
                        + "that cuts it short is an unnecessary cost (PerintäL 4 § 2 mom, see LetterSchedule)"));
    }

    private static FeeDecision standardCompensation(List<PastAction> history, FeeRequest request) {
        Money compensation = Money.of("40");
        Money charge = charge(history, Money.ZERO, compensation);
        String explanation = "Standard compensation: 40.00 € for a late commercial payment (PerintäL 10 i §, spec §2.5);"
                + " the 10 § collection fees are owed only insofar as they exceed it.";
        if (!charge.equals(compensation)) {
            explanation += " Collection fees already charged cover " + compensation.minus(charge) + " € of it, so "
                    + charge + " € is added (claimable costs are max(V, F)).";
        }
        return new FeeDecision(request.action(), request.on(), compensation, charge, compensation, explanation);
    }

    private static Limit totalCap(ClaimProfile claim, List<PastAction> history, FeeRequest request, FeeTable table) {
        boolean bankruptcyThreatUsed = request.action() == FeeAction.BANKRUPTCY_THREAT_DEMAND
                || FeeTable.count(history, FeeAction.BANKRUPTCY_THREAT_DEMAND, false) > 0;
        return table.totalCap(claim, bankruptcyThreatUsed).withVatAddOn(claim.vatAddOnPercent(), table.vatSectionForCap());
    }

    /** How much max(V, F) grows when F grows by {@code addedFee} and V by {@code addedCompensation}. */
    private static Money charge(List<PastAction> history, Money addedFee, Money addedCompensation) {
        Money fees = fees(history);
        Money compensation = standardCompensation(history);
        return fees.plus(addedFee).max(compensation.plus(addedCompensation)).minus(fees.max(compensation));
    }

    private static Money fees(List<PastAction> history) {
        return history.stream().filter(a -> a.action() != FeeAction.STANDARD_COMPENSATION)
                .map(PastAction::fee).reduce(Money.ZERO, Money::plus);
    }

    private static Money standardCompensation(List<PastAction> history) {
        return history.stream().filter(a -> a.action() == FeeAction.STANDARD_COMPENSATION)
                .map(PastAction::fee).reduce(Money.ZERO, Money::plus);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
