package fi.saatava.law.fees;

import fi.saatava.law.money.Money;
import java.util.List;
import java.util.Optional;

/** PerintäL 10 e–10 i § as amended by 299/2022, in force since 1.5.2022 (spec §2.1–§2.5). */
final class OtherClaimFeeTable implements FeeTable {

    static final OtherClaimFeeTable INSTANCE = new OtherClaimFeeTable();

    private static final String[] BRACKETS = {"principal at most 500 €", "principal over 500 € and at most 2 500 €",
            "principal over 2 500 € and at most 10 000 €", "principal over 10 000 €", "directly enforceable claim"};
    private static final int DIRECTLY_ENFORCEABLE = 4;
    private static final int[] DEMAND = {50, 70, 90, 110, 50};
    private static final int[] NEW_DEMAND = {25, 35, 45, 55, 25};
    private static final int[] PLAN_OVER_FOUR_INSTALMENTS = {30, 45, 60, 75, 30};
    private static final int[] TRATTA = {110, 125, 140, 155, 110};
    private static final int[] CAP = {250, 470, 550, 620, 214};
    private static final int CAP_DIRECTLY_ENFORCEABLE_WITH_BANKRUPTCY_THREAT = 314;
    private static final int PLAN_EXTRA_PER_INSTALMENT = 5;
    private static final int PLAN_INSTALMENTS_WITHOUT_EXTRA = 6;
    private static final Money FIVE_HUNDRED = Money.of("500");
    private static final Money TWO_THOUSAND_FIVE_HUNDRED = Money.of("2500");
    private static final Money TEN_THOUSAND = Money.of("10000");
    private static final String TABLE = ", spec §2.1)";

    private OtherClaimFeeTable() {
    }

    @Override
    public Optional<String> refusal(ClaimProfile claim, List<PastAction> history, FeeRequest request) {
        if (request.action() != FeeAction.PAYMENT_PLAN && request.action() != FeeAction.PAYMENT_TIME_EXTENSION
                && !request.on().isAfter(claim.dueDate())) {
            return Optional.of("the claim is not overdue before " + claim.dueDate().plusDays(1)
                    + " (PerintäL 1 §, spec §2.2)");
        }
        return switch (request.action()) {
            case REMINDER -> Optional.empty();
            case DEMAND -> demandRefusal(history);
            case TRATTA -> trattaRefusal(history, request);
            case BANKRUPTCY_THREAT_DEMAND -> FeeTable.limitReached(history, FeeAction.BANKRUPTCY_THREAT_DEMAND, 1,
                    "a fee is allowed for at most one bankruptcy-threat demand (PerintäL 10 g § 1 mom, spec §2.3)");
            case PAYMENT_PLAN -> planRefusal(claim, history);
            case PAYMENT_TIME_EXTENSION -> request.extensionDays() < 14
                    ? Optional.of("an extension fee needs the payment time extended by at least 14 days, here "
                    + request.extensionDays() + " (PerintäL 10 f § 2 mom, spec §2.2)")
                    : Optional.empty();
            case STANDARD_COMPENSATION -> claim.commercialPayment() ? Optional.empty() : Optional.of(
                    "the 40 € standard compensation applies only to a commercial payment under MaksuehtoL 1 § "
                            + "(PerintäL 10 i §, spec §2.5)");
        };
    }

    private static Optional<String> demandRefusal(List<PastAction> history) {
        boolean trattaUsed = FeeTable.count(history, FeeAction.TRATTA, false) > 0;
        return FeeTable.limitReached(history, FeeAction.DEMAND, trattaUsed ? 1 : 2, trattaUsed
                ? "a tratta was used, so a fee is allowed for only one demand (PerintäL 10 g § 1 mom, spec §2.3)"
                : "fees are allowed for at most two demands (PerintäL 10 g § 1 mom, spec §2.3)");
    }

    private static Optional<String> trattaRefusal(List<PastAction> history, FeeRequest request) {
        Optional<String> limit = FeeTable.limitReached(history, FeeAction.TRATTA, 1,
                "a fee is allowed for at most one tratta (PerintäL 10 g § 1 mom, spec §2.3)")
                .or(() -> FeeTable.limitReached(history, FeeAction.DEMAND, 2, "with a tratta a fee is allowed for only "
                        + "one demand, and two demand fees were already charged (PerintäL 10 g § 1 mom, spec §2.3)"));
        if (limit.isPresent()) {
            return limit;
        }
        boolean remindedWithExpiredDeadline = history.stream().anyMatch(a ->
                (a.action() == FeeAction.REMINDER || a.action() == FeeAction.DEMAND) && a.paymentDeadline() != null
                        && !a.paymentDeadline().isBefore(a.on().plusDays(10))
                        && a.paymentDeadline().isBefore(request.on()));
        if (!remindedWithExpiredDeadline) {
            return Optional.of("a tratta needs an earlier written reminder with a payment deadline of at least 10 days "
                    + "that has passed (PerintäL 7 § 3 mom, spec §2.7)");
        }
        return Optional.empty();
    }

    private static Optional<String> planRefusal(ClaimProfile claim, List<PastAction> history) {
        boolean twoAllowed = claim.principal().isGreaterThan(FIVE_HUNDRED);
        return FeeTable.limitReached(history, FeeAction.PAYMENT_PLAN, twoAllowed ? 2 : 1, "fees are allowed for at most "
                + (twoAllowed ? "2 payment plans" : "1 payment plan")
                + " (two only if the principal is over 500 €; PerintäL 10 g § 1 mom, spec §2.3)");
    }

    @Override
    public Limit maximum(ClaimProfile claim, List<PastAction> history, FeeRequest request) {
        int bracket = bracket(claim);
        String where = " for a non-consumer claim, " + BRACKETS[bracket];
        return switch (request.action()) {
            case REMINDER -> Limit.euros(12, "reminder maximum 12 € (PerintäL 10 e § 1 mom 1 k" + TABLE);
            case DEMAND -> demandMaximum(claim, history, bracket, where);
            case PAYMENT_TIME_EXTENSION -> Limit.euros(10, "extension maximum 10 € (PerintäL 10 e § 1 mom 5 k" + TABLE);
            case PAYMENT_PLAN -> planMaximum(request.instalments(), bracket, where);
            case TRATTA -> Limit.euros(TRATTA[bracket], "tratta maximum " + TRATTA[bracket] + " €" + where
                    + " (PerintäL 10 e § 1 mom 7 k" + TABLE);
            case BANKRUPTCY_THREAT_DEMAND -> new Limit(Money.of("100").plus(request.serviceCost()),
                    "bankruptcy-threat demand: at most 100 € plus the actual cost of verifiable service "
                            + request.serviceCost() + " € (PerintäL 10 e § 1 mom 8 k" + TABLE);
            case STANDARD_COMPENSATION -> throw new IllegalStateException("the standard compensation has no 10 e § row");
        };
    }

    private static Limit demandMaximum(ClaimProfile claim, List<PastAction> history, int bracket, String where) {
        if (claim.collector() == CollectorKind.INTERNAL_GROUP_OR_PUBLIC) {
            return Limit.euros(12, "demand by an internal collector (411/2018 2 § 1 mom 2-3 k): maximum 12 € "
                    + "(PerintäL 10 e § 1 mom 4 k" + TABLE);
        }
        if (FeeTable.count(history, FeeAction.DEMAND, false) > 0) {
            return Limit.euros(NEW_DEMAND[bracket], "new demand for the same claim: half, " + NEW_DEMAND[bracket]
                    + " €" + where + " (PerintäL 10 e § 1 mom 3 k" + TABLE);
        }
        return Limit.euros(DEMAND[bracket], "demand maximum " + DEMAND[bracket] + " €" + where
                + " (PerintäL 10 e § 1 mom 2 k" + TABLE);
    }

    private static Limit planMaximum(int instalments, int bracket, String where) {
        boolean base = instalments <= 4 || bracket == 0 || bracket == DIRECTLY_ENFORCEABLE;
        int euros = base ? 30 : PLAN_OVER_FOUR_INSTALMENTS[bracket];
        String reason = "payment plan with " + instalments + " instalments: " + euros + " €" + where
                + (base ? " (30 € if the principal is at most 500 €, at most 4 instalments, or directly enforceable)" : "");
        if (instalments > PLAN_INSTALMENTS_WITHOUT_EXTRA && bracket != DIRECTLY_ENFORCEABLE) {
            int extra = PLAN_EXTRA_PER_INSTALMENT * (instalments - PLAN_INSTALMENTS_WITHOUT_EXTRA);
            euros += extra;
            reason += " plus 5 € for each instalment from the 7th, " + extra + " €, total " + euros + " €";
        }
        return Limit.euros(euros, reason + " (PerintäL 10 e § 1 mom 6 k" + TABLE);
    }

    @Override
    public Limit totalCap(ClaimProfile claim, boolean bankruptcyThreatUsed) {
        int bracket = bracket(claim);
        if (bracket == DIRECTLY_ENFORCEABLE && bankruptcyThreatUsed) {
            return Limit.euros(CAP_DIRECTLY_ENFORCEABLE_WITH_BANKRUPTCY_THREAT, "total cap 314 € for a directly "
                    + "enforceable claim after a bankruptcy-threat demand (PerintäL 10 h § 4 mom, spec §2.4)");
        }
        String section = bracket == DIRECTLY_ENFORCEABLE ? "PerintäL 10 h § 4 mom" : "PerintäL 10 h § 1 mom";
        return Limit.euros(CAP[bracket], "total cap " + CAP[bracket] + " € for a non-consumer claim, "
                + BRACKETS[bracket] + " (" + section + ", spec §2.4)");
    }

    @Override
    public String letterGapSection() {
        return "at least 10 days between fee-bearing reminders and demands, PerintäL 10 f § 1 mom, counted strictly "
                + "as spec §2.2 recommends (UNCONFIRMED)";
    }

    @Override
    public String vatSectionForMaximums() {
        return "PerintäL 10 e § 4 mom";
    }

    @Override
    public String vatSectionForCap() {
        return "PerintäL 10 h § 5 mom";
    }

    private static int bracket(ClaimProfile claim) {
        if (claim.directlyEnforceable()) {
            return DIRECTLY_ENFORCEABLE;
        }
        if (!claim.principal().isGreaterThan(FIVE_HUNDRED)) {
            return 0;
        }
        if (!claim.principal().isGreaterThan(TWO_THOUSAND_FIVE_HUNDRED)) {
            return 1;
        }
        return claim.principal().isGreaterThan(TEN_THOUSAND) ? 3 : 2;
    }
}
