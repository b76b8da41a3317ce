package fi.saatava.law.fees;

import fi.saatava.law.ClaimKind;
import java.util.List;
import java.util.Optional;

/** The statutory fee rules of one claim kind: PerintäL 10 a–10 d § (consumer) or 10 e–10 h § (other claims). */
interface FeeTable {

    static FeeTable of(ClaimKind kind) {
        return kind == ClaimKind.CONSUMER ? ConsumerFeeTable.INSTANCE : OtherClaimFeeTable.INSTANCE;
    }

    /** Why this action may carry no fee at all (count limits, preconditions), if so. */
    Optional<String> refusal(ClaimProfile claim, List<PastAction> history, FeeRequest request);

    /** The per-action maximum, for an action that {@link #refusal} allowed. */
    Limit maximum(ClaimProfile claim, List<PastAction> history, FeeRequest request);

    /** The total cap on all collection fees of the claim. */
    Limit totalCap(ClaimProfile claim, boolean bankruptcyThreatUsed);

    /** The section that sets the minimum gap between letters, for explanations. */
    String letterGapSection();

    /** The sections of the VAT add-on on maximums and on the cap; {@code null} where the law has none. */
    String vatSectionForMaximums();

    String vatSectionForCap();

    /** The reason, if {@code allowed} fee-bearing actions of this kind were already charged. */
    static Optional<String> limitReached(List<PastAction> history, FeeAction action, long allowed, String reason) {
        return count(history, action, true) >= allowed ? Optional.of(reason) : Optional.empty();
    }

    static long count(List<PastAction> history, FeeAction action, boolean feeBearingOnly) {
        return history.stream().filter(a -> a.action() == action && (!feeBearingOnly || a.carriedFee())).count();
    }
}
