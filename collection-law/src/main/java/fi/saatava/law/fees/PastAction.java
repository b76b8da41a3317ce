package fi.saatava.law.fees;

import fi.saatava.law.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One action already taken on the claim, as the fee rules count it. Record every letter, with or without a fee: the
 * gaps between letters count from any previous letter.
 *
 * @param action          what was done
 * @param on              the day it was sent or agreed
 * @param fee             the fee counted towards the 10 § caps ({@link FeeDecision#fee()}); for
 *                        {@link FeeAction#STANDARD_COMPENSATION} the 40 € charged
 * @param paymentDeadline the payment deadline the letter gave, or {@code null} (a tratta needs an earlier letter with an
 *                        expired deadline of ≥10 days, PerintäL 7 § 3 mom)
 */
public record PastAction(FeeAction action, LocalDate on, Money fee, LocalDate paymentDeadline) {

    public PastAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(fee, "fee");
    }

    public static PastAction of(FeeAction action, LocalDate on, Money fee) {
        return new PastAction(action, on, fee, null);
    }

    boolean carriedFee() {
        return fee.isPositive();
    }
}
