package fi.saatava.law.fees;

import static fi.saatava.law.fees.ConsumerFeeTest.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec §2.1 (10 e §), §2.2 (10 f §), §2.3 (10 g §), §2.4 (10 h §), §2.5 (10 i §) and the B2B rows of §17. */
class OtherClaimFeeTest {

    private static final LocalDate DUE = LocalDate.parse("2026-01-05");
    private static final LocalDate REMINDER_DAY = DUE.plusDays(1);
    private static final LocalDate DEMAND_DAY = REMINDER_DAY.plusDays(11);
    private static final LocalDate SECOND_DEMAND_DAY = DEMAND_DAY.plusDays(11);

    private final FeeSchedule fees = new FeeSchedule();

    @ParameterizedTest(name = "principal {0}, directly enforceable {1}: demand {2}, new demand {3}, plan >4 {4}, tratta {5}, cap {6}")
    @CsvSource({
            "300.00,   false, 50,  25, 30, 110, 250",
            "500.00,   false, 50,  25, 30, 110, 250",
            "500.01,   false, 70,  35, 45, 125, 470",
            "2500.00,  false, 70,  35, 45, 125, 470",
            "2500.01,  false, 90,  45, 60, 140, 550",
            "10000.00, false, 90,  45, 60, 140, 550",
            "10000.01, false, 110, 55, 75, 155, 620",
            "50000,    true,  50,  25, 30, 110, 214"})
    void perActionMaximumsAndTotalCapByBracket(String principal, boolean directlyEnforceable, int demand, int newDemand,
                                               int planOverFourInstalments, int tratta, int cap) {
        ClaimProfile claim = claim(principal, directlyEnforceable);
        List<PastAction> history = new ArrayList<>();
        assertFee(claim, history, FeeRequest.reminder(REMINDER_DAY), 12);
        assertFee(claim, history, FeeRequest.demand(DEMAND_DAY), demand);
        assertThat(fees.decide(claim, history, FeeRequest.demand(SECOND_DEMAND_DAY)).fee()).isEqualTo(euros(newDemand));
        assertThat(fees.decide(claim, history, FeeRequest.paymentPlan(DUE.plusDays(30), 4)).fee()).isEqualTo(euros(30));
        assertThat(fees.decide(claim, history, FeeRequest.paymentPlan(DUE.plusDays(30), 5)).fee())
                .isEqualTo(euros(planOverFourInstalments));
        assertThat(fees.decide(claim, history, FeeRequest.paymentTimeExtension(DUE.plusDays(30), 14)).fee())
                .isEqualTo(euros(10));
        List<PastAction> remindedWithDeadline = List.of(new PastAction(FeeAction.REMINDER, REMINDER_DAY, euros(12),
                REMINDER_DAY.plusDays(10)));
        assertThat(fees.decide(claim, remindedWithDeadline, FeeRequest.tratta(REMINDER_DAY.plusDays(11))).fee())
                .isEqualTo(euros(tratta));
        assertThat(fees.costs(claim, history).totalCap()).isEqualTo(euros(cap));
    }

    @ParameterizedTest(name = "principal {0}, {1} instalments, directly enforceable {2}: {3} €")
    @CsvSource({
            "300.00,  4,  false, 30",
            "300.00,  8,  false, 40", // 30 + 5 × (8 − 6)
            "1800.00, 6,  false, 45",
            "1800.00, 7,  false, 50",
            "20000,   12, false, 105", // 75 + 5 × 6
            "20000,   12, true,  30"}) // no add-on for directly enforceable claims
    void paymentPlanWithTheFivePerInstalmentAddOn(String principal, int instalments, boolean directlyEnforceable,
                                                  int euros) {
        FeeDecision plan = fees.decide(claim(principal, directlyEnforceable), List.of(),
                FeeRequest.paymentPlan(DUE.plusDays(20), instalments));
        assertThat(plan.fee()).as(plan.explanation()).isEqualTo(euros(euros));
        assertThat(plan.explanation()).contains("PerintäL 10 e § 1 mom 6 k");
    }

    @Test
    void commercialInvoiceWithStandardCompensationClaimsMaxOfVAndF() {
        // spec §17: 1 800 € invoice; reminder 12 + demand 70 + second demand 35 -> 117 €, never 157 €
        ClaimProfile claim = claim("1800.00", false).asCommercialPayment();
        List<PastAction> history = new ArrayList<>();
        FeeDecision compensation = record(claim, history, FeeRequest.standardCompensation(DUE.plusDays(1)));
        FeeDecision reminder = record(claim, history, FeeRequest.reminder(REMINDER_DAY));
        FeeDecision demand = record(claim, history, FeeRequest.demand(DEMAND_DAY));
        FeeDecision second = record(claim, history, FeeRequest.demand(SECOND_DEMAND_DAY));

        assertThat(List.of(compensation, reminder, demand, second)).extracting(FeeDecision::fee)
                .containsExactly(euros(40), euros(12), euros(70), euros(35));
        assertThat(List.of(compensation, reminder, demand, second)).extracting(FeeDecision::charge)
                .containsExactly(euros(40), euros(0), euros(42), euros(35));
        assertThat(reminder.explanation()).contains("12.00 € is covered by the standard compensation", "max(V, F)");
        CollectionCosts costs = fees.costs(claim, history);
        assertThat(costs).isEqualTo(new CollectionCosts(euros(117), euros(40), euros(117), euros(470)));
    }

    @Test
    void compensationChargedAfterTheFeesOnlyAddsWhatExceedsThem() {
        ClaimProfile claim = claim("1800.00", false).asCommercialPayment();
        List<PastAction> history = new ArrayList<>(List.of(PastAction.of(FeeAction.REMINDER, REMINDER_DAY, euros(12))));
        FeeDecision compensation = fees.decide(claim, history, FeeRequest.standardCompensation(DEMAND_DAY));
        assertThat(compensation.charge()).isEqualTo(euros(28));
        assertThat(compensation.explanation()).contains("cover 12.00 € of it");
    }

    @Test
    void standardCompensationOnlyForCommercialPayments() {
        FeeDecision decision = fees.decide(claim("1800.00", false), List.of(), FeeRequest.standardCompensation(REMINDER_DAY));
        assertThat(decision.charge()).isEqualTo(Money.ZERO);
        assertThat(decision.explanation()).contains("MaksuehtoL 1 §", "PerintäL 10 i §");
    }

    @Test
    void trattaLeavesRoomForOnlyOneDemandFee() {
        // spec §17: B2B 300 €, tratta used -> at most one demand fee (50 €) plus the tratta fee 110 €; never above 250 €
        ClaimProfile claim = claim("300.00", false);
        List<PastAction> history = new ArrayList<>();
        history.add(fees.decide(claim, history, FeeRequest.reminder(REMINDER_DAY)).toPastAction(REMINDER_DAY.plusDays(10)));
        assertFee(claim, history, FeeRequest.demand(DEMAND_DAY), 50);
        assertFee(claim, history, FeeRequest.tratta(SECOND_DEMAND_DAY), 110);
        FeeDecision secondDemand = fees.decide(claim, history, FeeRequest.demand(SECOND_DEMAND_DAY.plusDays(11)));
        assertThat(secondDemand.fee()).isEqualTo(Money.ZERO);
        assertThat(secondDemand.explanation()).contains("a tratta was used", "PerintäL 10 g § 1 mom");
        assertThat(fees.costs(claim, history).fees()).isEqualTo(euros(172)).isLessThanOrEqualTo(euros(250));
    }

    @Test
    void countLimitsOf10g() {
        ClaimProfile claim = claim("300.00", false);
        List<PastAction> twoDemands = List.of(
                new PastAction(FeeAction.DEMAND, REMINDER_DAY, euros(50), REMINDER_DAY.plusDays(10)),
                PastAction.of(FeeAction.DEMAND, DEMAND_DAY, euros(25)));
        assertThat(fees.decide(claim, twoDemands, FeeRequest.demand(SECOND_DEMAND_DAY)).explanation())
                .contains("at most two demands");
        assertThat(fees.decide(claim, twoDemands, FeeRequest.tratta(SECOND_DEMAND_DAY)).explanation())
                .contains("two demand fees were already charged");

        List<PastAction> tratta = List.of(PastAction.of(FeeAction.TRATTA, DEMAND_DAY, euros(110)));
        assertThat(fees.decide(claim, tratta, FeeRequest.tratta(SECOND_DEMAND_DAY)).explanation())
                .contains("at most one tratta");

        List<PastAction> threat = List.of(PastAction.of(FeeAction.BANKRUPTCY_THREAT_DEMAND, DEMAND_DAY, euros(100)));
        assertThat(fees.decide(claim, threat, FeeRequest.bankruptcyThreatDemand(SECOND_DEMAND_DAY, Money.ZERO)).fee())
                .isEqualTo(Money.ZERO);

        List<PastAction> onePlan = List.of(PastAction.of(FeeAction.PAYMENT_PLAN, DEMAND_DAY, euros(30)));
        assertThat(fees.decide(claim, onePlan, FeeRequest.paymentPlan(SECOND_DEMAND_DAY, 3)).fee()).isEqualTo(Money.ZERO);
        assertThat(fees.decide(claim("500.01", false), onePlan, FeeRequest.paymentPlan(SECOND_DEMAND_DAY, 3)).fee())
                .isEqualTo(euros(30));
    }

    @Test
    void anyNumberOfRemindersWithinTheGapAndTheCap() {
        ClaimProfile claim = claim("300.00", false);
        List<PastAction> history = new ArrayList<>();
        LocalDate day = REMINDER_DAY;
        for (int i = 0; i < 25; i++) {
            record(claim, history, FeeRequest.reminder(day));
            day = day.plusDays(11);
        }
        assertThat(fees.costs(claim, history).fees()).isEqualTo(euros(250));
        assertThat(history).filteredOn(a -> a.fee().isPositive()).hasSize(21); // 20 × 12 + 10
    }

    @Test
    void tenDayGapCountedStrictly() {
        ClaimProfile claim = claim("300.00", false);
        List<PastAction> reminded = List.of(PastAction.of(FeeAction.REMINDER, REMINDER_DAY, euros(12)));
        FeeDecision dayTen = fees.decide(claim, reminded, FeeRequest.demand(REMINDER_DAY.plusDays(10)));
        assertThat(dayTen.fee()).isEqualTo(Money.ZERO);
        assertThat(dayTen.explanation()).contains("PerintäL 10 f § 1 mom", "counted strictly");
        assertThat(fees.decide(claim, reminded, FeeRequest.demand(REMINDER_DAY.plusDays(11))).fee()).isEqualTo(euros(50));
    }

    @Test
    void noLetterFeeBeforeTheClaimIsOverdue() {
        FeeDecision decision = fees.decide(claim("300.00", false), List.of(), FeeRequest.reminder(DUE));
        assertThat(decision.fee()).isEqualTo(Money.ZERO);
        assertThat(decision.explanation()).contains("not overdue");
    }

    @Test
    void trattaNeedsAnExpiredReminderDeadlineOfTenDays() {
        ClaimProfile claim = claim("300.00", false);
        List<PastAction> nineDays = List.of(new PastAction(FeeAction.REMINDER, REMINDER_DAY, euros(12),
                REMINDER_DAY.plusDays(9)));
        assertThat(fees.decide(claim, nineDays, FeeRequest.tratta(REMINDER_DAY.plusDays(20))).explanation())
                .contains("PerintäL 7 § 3 mom");
        List<PastAction> tenDays = List.of(new PastAction(FeeAction.REMINDER, REMINDER_DAY, euros(12),
                REMINDER_DAY.plusDays(10)));
        assertThat(fees.decide(claim, tenDays, FeeRequest.tratta(REMINDER_DAY.plusDays(10))).fee()).isEqualTo(Money.ZERO);
        assertThat(fees.decide(claim, tenDays, FeeRequest.tratta(REMINDER_DAY.plusDays(11))).fee()).isEqualTo(euros(110));
    }

    @Test
    void internalCollectorExtensionAndBankruptcyThreat() {
        ClaimProfile internal = claim("20000", false).collectedBy(CollectorKind.INTERNAL_GROUP_OR_PUBLIC);
        FeeDecision demand = fees.decide(internal, List.of(), FeeRequest.demand(REMINDER_DAY));
        assertThat(demand.fee()).isEqualTo(euros(12));
        assertThat(demand.explanation()).contains("PerintäL 10 e § 1 mom 4 k");

        assertThat(fees.decide(claim("300", false), List.of(), FeeRequest.paymentTimeExtension(DUE, 13)).explanation())
                .contains("PerintäL 10 f § 2 mom");

        FeeDecision threat = fees.decide(claim("300", false), List.of(),
                FeeRequest.bankruptcyThreatDemand(REMINDER_DAY, Money.of("15.50")));
        assertThat(threat.fee()).isEqualTo(Money.of("115.50"));
        assertThat(threat.explanation()).contains("PerintäL 10 e § 1 mom 8 k");
    }

    @Test
    void directlyEnforceableCapRisesTo314AfterABankruptcyThreat() {
        ClaimProfile claim = claim("50000", true);
        List<PastAction> history = new ArrayList<>(List.of(PastAction.of(FeeAction.REMINDER, REMINDER_DAY, euros(200))));
        FeeDecision threat = fees.decide(claim, history, FeeRequest.bankruptcyThreatDemand(DEMAND_DAY, euros(20)));
        assertThat(threat.fee()).isEqualTo(euros(114));
        assertThat(threat.explanation()).contains("total cap 314 €", "PerintäL 10 h § 4 mom");
        history.add(threat.toPastAction(null));
        assertThat(fees.costs(claim, history).totalCap()).isEqualTo(euros(314));
    }

    @Test
    void vatEquivalentOnMaximumsAndCap() {
        ClaimProfile claim = claim("300.00", false).withVatAddOn(new BigDecimal("25.5"));
        FeeDecision reminder = fees.decide(claim, List.of(), FeeRequest.reminder(REMINDER_DAY));
        assertThat(reminder.fee()).isEqualTo(Money.of("15.06"));
        assertThat(reminder.explanation()).contains("25.5 % VAT equivalent (PerintäL 10 e § 4 mom)");
        assertThat(fees.costs(claim, List.of()).totalCap()).isEqualTo(Money.of("313.75"));
    }

    private void assertFee(ClaimProfile claim, List<PastAction> history, FeeRequest request, int euros) {
        FeeDecision decision = record(claim, history, request);
        assertThat(decision.fee()).as(decision.explanation()).isEqualTo(euros(euros));
    }

    private FeeDecision record(ClaimProfile claim, List<PastAction> history, FeeRequest request) {
        FeeDecision decision = fees.decide(claim, history, request);
        history.add(decision.toPastAction(null));
        return decision;
    }

    private static ClaimProfile claim(String principal, boolean directlyEnforceable) {
        ClaimProfile claim = ClaimProfile.other(Money.of(principal), DUE);
        return directlyEnforceable ? claim.asDirectlyEnforceable() : claim;
    }
}
