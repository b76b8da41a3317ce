package fi.saatava.law.fees;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec §3.1 (10 a §), §3.2 (10 c §), §3.3 (10 b §), §3.4 (10 d §) and the consumer rows of §17. */
class ConsumerFeeTest {

    private static final LocalDate DUE = LocalDate.parse("2026-01-05");
    private static final LocalDate REMINDER_DAY = DUE.plusDays(15);
    private static final LocalDate DEMAND_DAY = REMINDER_DAY.plusDays(15);
    private static final LocalDate SECOND_DEMAND_DAY = DEMAND_DAY.plusDays(15);

    private final FeeSchedule fees = new FeeSchedule();

    /** Every column of the §3.1 table and the §3.4 caps, with the bracket edges of §17. */
    @ParameterizedTest(name = "principal {0}, directly enforceable {1}: demand {2}, new demand {3}, plan >4 {4}, cap {5}")
    @CsvSource({
            "80.00,   false, 14, 7,  20, 60",
            "100.00,  false, 14, 7,  20, 60",
            "100.01,  false, 24, 12, 30, 120",
            "150.00,  false, 24, 12, 30, 120",
            "1000.00, false, 24, 12, 30, 120",
            "1000.01, false, 50, 25, 50, 210",
            "25000,   false, 50, 25, 50, 210",
            "5000,    true,  14, 7,  20, 51"})
    void perActionMaximumsAndTotalCapByBracket(String principal, boolean directlyEnforceable, int demand,
                                               int newDemand, int planOverFourInstalments, int cap) {
        ClaimProfile claim = claim(principal, directlyEnforceable);
        List<PastAction> history = new ArrayList<>();

        assertFee(claim, history, FeeRequest.reminder(REMINDER_DAY), 5);
        assertFee(claim, history, FeeRequest.demand(DEMAND_DAY), demand);
        assertFee(claim, history, FeeRequest.demand(SECOND_DEMAND_DAY), newDemand);
        assertThat(fees.decide(claim, history, FeeRequest.paymentTimeExtension(DUE.plusDays(50), 14)).maximum())
                .isEqualTo(euros(5));
        assertThat(fees.decide(claim, history, FeeRequest.paymentPlan(DUE.plusDays(50), 4)).maximum())
                .isEqualTo(euros(20));
        assertThat(fees.decide(claim, history, FeeRequest.paymentPlan(DUE.plusDays(50), 5)).maximum())
                .isEqualTo(euros(planOverFourInstalments));
        assertThat(fees.costs(claim, history).totalCap()).isEqualTo(euros(cap));
    }

    @Test
    void eightyEuroClaimWithTheFullScheduleNeverPassesSixty() {
        // spec §17 row 1: reminder 5 €, demand 14 €, second demand 7 €, all fees together never above 60 €
        ClaimProfile claim = claim("80.00", false).withInvoiceSentOn(DUE.minusDays(14));
        List<PastAction> history = new ArrayList<>();
        assertFee(claim, history, FeeRequest.reminder(REMINDER_DAY), 5);
        assertFee(claim, history, FeeRequest.demand(DEMAND_DAY), 14);
        assertFee(claim, history, FeeRequest.demand(SECOND_DEMAND_DAY), 7);
        assertFee(claim, history, FeeRequest.paymentPlan(SECOND_DEMAND_DAY.plusDays(5), 6), 20);
        LocalDate day = SECOND_DEMAND_DAY;
        for (int i = 0; i < 10; i++) {
            day = day.plusDays(15);
            decideAndRecord(claim, history, FeeRequest.reminder(day));
        }
        assertThat(fees.costs(claim, history).fees()).isEqualTo(euros(60));
        FeeDecision overCap = fees.decide(claim, history, FeeRequest.reminder(day.plusDays(15)));
        assertThat(overCap.fee()).isEqualTo(Money.ZERO);
        assertThat(overCap.explanation()).contains("No fee", "total cap 60 €", "PerintäL 10 d § 1 mom", "spec §3.4");
    }

    @Test
    void feeIsLoweredToWhatTheCapLeaves() {
        ClaimProfile claim = claim("80.00", false);
        List<PastAction> history = new ArrayList<>(List.of(
                PastAction.of(FeeAction.REMINDER, REMINDER_DAY, euros(5)),
                PastAction.of(FeeAction.PAYMENT_PLAN, REMINDER_DAY.plusDays(2), euros(20)),
                PastAction.of(FeeAction.PAYMENT_TIME_EXTENSION, REMINDER_DAY.plusDays(4), euros(30))));
        FeeDecision demand = fees.decide(claim, history, FeeRequest.demand(DEMAND_DAY));
        assertThat(demand.fee()).isEqualTo(euros(5));
        assertThat(demand.maximum()).isEqualTo(euros(14));
        assertThat(demand.explanation()).contains("Limited to 5.00 €", "leaves 5.00 € after 55.00 € of earlier fees");
    }

    @Test
    void hundredFiftyEuroClaim() {
        // spec §17 row 2: demand 24 €, second demand 12 €, plan with at most 4 instalments 20 €, total cap 120 €
        ClaimProfile claim = claim("150.00", false);
        List<PastAction> history = new ArrayList<>();
        assertFee(claim, history, FeeRequest.reminder(REMINDER_DAY), 5);
        FeeDecision demand = decideAndRecord(claim, history, FeeRequest.demand(DEMAND_DAY));
        assertThat(demand.fee()).isEqualTo(euros(24));
        assertThat(demand.explanation()).isEqualTo("Payment demand: 24.00 €, the demand maximum 24 € for a consumer "
                + "claim, principal over 100 € and at most 1 000 € (PerintäL 10 a § 1 mom 2 k, spec §3.1).");
        assertFee(claim, history, FeeRequest.demand(SECOND_DEMAND_DAY), 12);
        assertFee(claim, history, FeeRequest.paymentPlan(SECOND_DEMAND_DAY.plusDays(1), 4), 20);
        assertThat(fees.costs(claim, history).totalCap()).isEqualTo(euros(120));
    }

    @Test
    void reminderFeeNeedsFourteenFullDaysAfterTheDueDateAndATimelyInvoice() {
        ClaimProfile claim = claim("80.00", false);
        FeeDecision early = fees.decide(claim, List.of(), FeeRequest.reminder(DUE.plusDays(14)));
        assertThat(early.fee()).isEqualTo(Money.ZERO);
        assertThat(early.explanation()).contains("2026-01-20 or later", "PerintäL 10 b § 1 mom", "KKV 21.10.2024");
        assertThat(fees.decide(claim, List.of(), FeeRequest.reminder(DUE.plusDays(15))).fee()).isEqualTo(euros(5));

        ClaimProfile lateInvoice = claim.withInvoiceSentOn(DUE.minusDays(13));
        assertThat(fees.decide(lateInvoice, List.of(), FeeRequest.reminder(REMINDER_DAY)).explanation())
                .contains("invoice was sent fewer than 14 days before the due date");
        assertThat(fees.decide(claim.withInvoiceSentOn(DUE.minusDays(14)), List.of(), FeeRequest.reminder(REMINDER_DAY))
                .fee()).isEqualTo(euros(5));
    }

    @Test
    void demandNeedsAReminderAndFifteenDaysStrictly() {
        // spec §17 row 5: reminder on day R -> first demand no earlier than R + 15
        ClaimProfile claim = claim("500.00", false);
        assertThat(fees.decide(claim, List.of(), FeeRequest.demand(DEMAND_DAY)).explanation())
                .contains("only after the debtor was reminded", "PerintäL 5 § 1 mom");
        List<PastAction> reminded = List.of(PastAction.of(FeeAction.REMINDER, REMINDER_DAY, euros(5)));
        FeeDecision dayFourteen = fees.decide(claim, reminded, FeeRequest.demand(REMINDER_DAY.plusDays(14)));
        assertThat(dayFourteen.fee()).isEqualTo(Money.ZERO);
        assertThat(dayFourteen.explanation()).contains("may be sent on 2026-02-04 at the earliest", "PerintäL 10 b § 2 mom");
        assertThat(fees.decide(claim, reminded, FeeRequest.demand(REMINDER_DAY.plusDays(15))).fee()).isEqualTo(euros(24));
    }

    @Test
    void noDemandFeeBeforeTheReminderDeadlineHasPassed() {
        ClaimProfile claim = claim("500.00", false);
        List<PastAction> reminded = List.of(new PastAction(FeeAction.REMINDER, REMINDER_DAY, euros(5),
                REMINDER_DAY.plusDays(17)));
        FeeDecision early = fees.decide(claim, reminded, FeeRequest.demand(REMINDER_DAY.plusDays(17)));
        assertThat(early.fee()).isEqualTo(Money.ZERO);
        assertThat(early.explanation()).contains("payment deadline 2026-02-06 of an earlier letter has not passed");
        assertThat(fees.decide(claim, reminded, FeeRequest.demand(REMINDER_DAY.plusDays(18))).fee()).isEqualTo(euros(24));
    }

    @Test
    void atMostTwoDemandFeesAndPlanCountsBy10c() {
        ClaimProfile claim = claim("500.00", false);
        List<PastAction> history = new ArrayList<>();
        decideAndRecord(claim, history, FeeRequest.reminder(REMINDER_DAY));
        decideAndRecord(claim, history, FeeRequest.demand(DEMAND_DAY));
        decideAndRecord(claim, history, FeeRequest.demand(SECOND_DEMAND_DAY));
        FeeDecision third = fees.decide(claim, history, FeeRequest.demand(SECOND_DEMAND_DAY.plusDays(15)));
        assertThat(third.fee()).isEqualTo(Money.ZERO);
        assertThat(third.explanation()).contains("at most two demands", "PerintäL 10 c § 1 mom", "spec §3.2");

        assertFee(claim, history, FeeRequest.paymentPlan(DUE.plusDays(70), 3), 20);
        assertFee(claim, history, FeeRequest.paymentPlan(DUE.plusDays(90), 3), 20);
        assertThat(fees.decide(claim, history, FeeRequest.paymentPlan(DUE.plusDays(99), 3)).explanation())
                .contains("at most 2 payment plans");

        List<PastAction> onePlan = List.of(PastAction.of(FeeAction.PAYMENT_PLAN, DUE.plusDays(20), euros(20)));
        assertThat(fees.decide(claim("100.00", false), onePlan, FeeRequest.paymentPlan(DUE.plusDays(40), 3)).fee())
                .isEqualTo(Money.ZERO);
        assertThat(fees.decide(claim("500.00", true), onePlan, FeeRequest.paymentPlan(DUE.plusDays(40), 3)).fee())
                .isEqualTo(Money.ZERO);
    }

    @Test
    void internalCollectorDemandsCarryFiveEuros() {
        ClaimProfile claim = claim("5000.00", false).collectedBy(CollectorKind.INTERNAL_GROUP_OR_PUBLIC);
        List<PastAction> history = new ArrayList<>();
        decideAndRecord(claim, history, FeeRequest.reminder(REMINDER_DAY));
        FeeDecision demand = decideAndRecord(claim, history, FeeRequest.demand(DEMAND_DAY));
        assertThat(demand.fee()).isEqualTo(euros(5));
        assertThat(demand.explanation()).contains("PerintäL 10 a § 1 mom 5 k");
        assertFee(claim, history, FeeRequest.demand(SECOND_DEMAND_DAY), 5);
    }

    @Test
    void extensionFeeOnlyForFourteenDaysOrMore() {
        ClaimProfile claim = claim("500.00", false);
        FeeDecision short13 = fees.decide(claim, List.of(), FeeRequest.paymentTimeExtension(DUE.plusDays(3), 13));
        assertThat(short13.fee()).isEqualTo(Money.ZERO);
        assertThat(short13.explanation()).contains("PerintäL 10 b § 3 mom");
        assertThat(fees.decide(claim, List.of(), FeeRequest.paymentTimeExtension(DUE.plusDays(3), 14)).fee())
                .isEqualTo(euros(5));
    }

    @Test
    void trattaBankruptcyThreatAndStandardCompensationNeverApplyToConsumers() {
        ClaimProfile claim = claim("5000.00", false);
        assertThat(fees.decide(claim, List.of(), FeeRequest.tratta(DEMAND_DAY)).explanation())
                .contains("never be used for a consumer claim", "PerintäL 7 § 2 mom");
        assertThat(fees.decide(claim, List.of(), FeeRequest.bankruptcyThreatDemand(DEMAND_DAY, euros(10))).fee())
                .isEqualTo(Money.ZERO);
        FeeDecision compensation = fees.decide(claim, List.of(), FeeRequest.standardCompensation(DEMAND_DAY));
        assertThat(compensation.charge()).isEqualTo(Money.ZERO);
        assertThat(compensation.explanation()).contains("never applies to consumer claims");
    }

    @Test
    void noCostsAfterASuspensionRequest() {
        ClaimProfile claim = claim("500.00", false).withSuspensionRequestedOn(DEMAND_DAY);
        List<PastAction> reminded = List.of(PastAction.of(FeeAction.REMINDER, REMINDER_DAY, euros(5)));
        FeeDecision decision = fees.decide(claim, reminded, FeeRequest.demand(DEMAND_DAY));
        assertThat(decision.fee()).isEqualTo(Money.ZERO);
        assertThat(decision.explanation()).contains("PerintäL 4 c § 2 mom");
    }

    private void assertFee(ClaimProfile claim, List<PastAction> history, FeeRequest request, int euros) {
        FeeDecision decision = decideAndRecord(claim, history, request);
        assertThat(decision.fee()).as(decision.explanation()).isEqualTo(euros(euros));
        assertThat(decision.charge()).isEqualTo(decision.fee());
    }

    private FeeDecision decideAndRecord(ClaimProfile claim, List<PastAction> history, FeeRequest request) {
        FeeDecision decision = fees.decide(claim, history, request);
        history.add(decision.toPastAction(null));
        return decision;
    }

    private static ClaimProfile claim(String principal, boolean directlyEnforceable) {
        ClaimProfile claim = ClaimProfile.consumer(Money.of(principal), DUE);
        return directlyEnforceable ? claim.asDirectlyEnforceable() : claim;
    }

    static Money euros(int euros) {
        return Money.ofCents(euros * 100L);
    }
}
