package fi.saatava.law.fees;

import fi.saatava.law.money.Money;
import java.util.List;
import java.util.Optional;

/** PerintäL 10 a–10 d § as amended by 31/2013, 412/2018 and 299/2022 (spec §3.1–§3.4). */
final class ConsumerFeeTable implements FeeTable {

    static final ConsumerFeeTable INSTANCE = new ConsumerFeeTable();

    private static final String[] BRACKETS = {"principal at most 100 €", "principal over 100 € and at most 1 000 €",
            "principal over 1 000 €", "directly enforceable claim"};
    private static final int DIRECTLY_ENFORCEABLE = 3;
    private static final int[] DEMAND = {14, 24, 50, 14};
    private static final int[] NEW_DEMAND = {7, 12, 25, 7};
    private static final int[] PLAN_OVER_FOUR_INSTALMENTS = {20, 30, 50, 20};
    private static final int[] CAP = {60, 120, 210, 51};
    private static final Money ONE_HUNDRED = Money.of("100");
    private static final Money ONE_THOUSAND = Money.of("1000");
    private static final String TABLE = ", spec §3.1)";

    private ConsumerFeeTable() {
    }

    @Override
    public Optional<String> refusal(ClaimProfile claim, List<PastAction> history, FeeRequest request) {
        return switch (request.action()) {
            case TRATTA -> Optional.of("a tratta may never be used for a consumer claim (PerintäL 7 § 2 mom, spec §2.7)");
            case BANKRUPTCY_THREAT_DEMAND -> Optional.of(
                    "PerintäL 10 a § has no fee for a bankruptcy-threat demand on a consumer claim (spec §3.1)");
            case REMINDER -> reminderRefusal(claim, request);
            case DEMAND -> demandRefusal(history);
            case PAYMENT_PLAN -> planRefusal(claim, history);
            case PAYMENT_TIME_EXTENSION -> request.extensionDays() < 14
                    ? Optional.of("an extension fee needs the payment time extended by at least 14 days, here "
                    + request.extensionDays() + " (PerintäL 10 b § 3 mom, spec §3.3)")
                    : Optional.empty();
            case STANDARD_COMPENSATION -> Optional.of(
                    "the 40 € standard compensation never applies to consumer claims (PerintäL 10 i §, spec §2.5)");
        };
    }

    private static Optional<String> reminderRefusal(ClaimProfile claim, FeeRequest request) {
        if (claim.invoiceSentOn() != null && claim.invoiceSentOn().plusDays(14).isAfter(claim.dueDate())) {
            return Optional.of("the invoice was sent fewer than 14 days before the due date " + claim.dueDate()
                    + " (PerintäL 10 b § 1 mom, spec §3.3)");
        }
        if (request.on().isBefore(claim.dueDate().plusDays(15))) {
            return Optional.of("a reminder fee needs 14 full days after the due date " + claim.dueDate()
                    + ", so the reminder must be sent on " + claim.dueDate().plusDays(15)
                    + " or later (PerintäL 10 b § 1 mom, strict counting per KKV 21.10.2024, spec §3.3)");
        }
        return Optional.empty();
    }

    private static Optional<String> demandRefusal(List<PastAction> history) {
        if (FeeTable.count(history, FeeAction.REMINDER, false) == 0) {
            return Optional.of("a demand may be sent only after the debtor was reminded after the due date "
                    + "(PerintäL 5 § 1 mom, spec §3.3)");
        }
        return FeeTable.limitReached(history, FeeAction.DEMAND, 2,
                "fees are allowed for at most two demands on the same consumer claim (PerintäL 10 c § 1 mom, spec §3.2)");
    }

    private static Optional<String> planRefusal(ClaimProfile claim, List<PastAction> history) {
        boolean twoAllowed = !claim.directlyEnforceable() && claim.principal().isGreaterThan(ONE_HUNDRED);
        return FeeTable.limitReached(history, FeeAction.PAYMENT_PLAN, twoAllowed ? 2 : 1, "fees are allowed for at most "
                + (twoAllowed ? "2 payment plans" : "1 payment plan") + " on this consumer claim (two only if not "
                + "directly enforceable and the principal is over 100 €; PerintäL 10 c § 1 mom, spec §3.2)");
    }

    @Override
    public Limit maximum(ClaimProfile claim, List<PastAction> history, FeeRequest request) {
        int bracket = bracket(claim);
        String where = " for a consumer claim, " + BRACKETS[bracket];
        return switch (request.action()) {
            case REMINDER -> Limit.euros(5, "reminder maximum 5 € (PerintäL 10 a § 1 mom 1 k" + TABLE);
            case DEMAND -> demandMaximum(claim, history, bracket, where);
            case PAYMENT_TIME_EXTENSION -> Limit.euros(5, "extension maximum 5 € (PerintäL 10 a § 1 mom 6 k" + TABLE);
            case PAYMENT_PLAN -> planMaximum(request.instalments(), bracket, where);
            default -> throw new IllegalStateException(request.action() + " is refused for consumer claims");
        };
    }

    private static Limit demandMaximum(ClaimProfile claim, List<PastAction> history, int bracket, String where) {
        if (claim.collector() == CollectorKind.INTERNAL_GROUP_OR_PUBLIC) {
            return Limit.euros(5, "demand by an internal collector (411/2018 2 § 1 mom 2-3 k): maximum 5 € "
                    + "(PerintäL 10 a § 1 mom 5 k" + TABLE);
        }
        if (FeeTable.count(history, FeeAction.DEMAND, false) > 0) {
            return Limit.euros(NEW_DEMAND[bracket], "new demand for the same claim: half, " + NEW_DEMAND[bracket]
                    + " €" + where + " (PerintäL 10 a § 1 mom 4 k" + TABLE);
        }
        String kohta = bracket == DIRECTLY_ENFORCEABLE ? "3 k" : "2 k";
        return Limit.euros(DEMAND[bracket], "demand maximum " + DEMAND[bracket] + " €" + where
                + " (PerintäL 10 a § 1 mom " + kohta + TABLE);
    }

    private static Limit planMaximum(int instalments, int bracket, String where) {
        if (instalments <= 4 || bracket == 0 || bracket == DIRECTLY_ENFORCEABLE) {
            return Limit.euros(20, "payment plan maximum 20 € (principal at most 100 €, at most 4 instalments, or "
                    + "directly enforceable; here " + instalments + " instalments" + where + "; PerintäL 10 a § 1 mom 7 k"
                    + TABLE);
        }
        return Limit.euros(PLAN_OVER_FOUR_INSTALMENTS[bracket], "payment plan with " + instalments
                + " instalments: maximum " + PLAN_OVER_FOUR_INSTALMENTS[bracket] + " €" + where
                + " (PerintäL 10 a § 1 mom 7 k" + TABLE);
    }

    @Override
    public Limit totalCap(ClaimProfile claim, boolean bankruptcyThreatUsed) {
        int bracket = bracket(claim);
        String section = bracket == DIRECTLY_ENFORCEABLE ? "PerintäL 10 d § 3 mom" : "PerintäL 10 d § 1 mom";
        return Limit.euros(CAP[bracket], "total cap " + CAP[bracket] + " € for a consumer claim, " + BRACKETS[bracket]
                + " (" + section + ", spec §3.4)");
    }

    @Override
    public String letterGapSection() {
        return "at least 14 full days between reminders and demands, PerintäL 10 b § 2 mom and 5 § 1 mom, counted "
                + "strictly per KKV 21.10.2024, spec §3.3";
    }

    @Override
    public String vatSectionForMaximums() {
        return null;
    }

    @Override
    public String vatSectionForCap() {
        return null;
    }

    private static int bracket(ClaimProfile claim) {
        if (claim.directlyEnforceable()) {
            return DIRECTLY_ENFORCEABLE;
        }
        if (!claim.principal().isGreaterThan(ONE_HUNDRED)) {
            return 0;
        }
        return claim.principal().isGreaterThan(ONE_THOUSAND) ? 2 : 1;
    }
}
