package fi.saatava.law.readme;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.DeliveryChannel;
import fi.saatava.law.fees.ClaimProfile;
import fi.saatava.law.fees.CollectionCosts;
import fi.saatava.law.fees.FeeDecision;
import fi.saatava.law.fees.FeeRequest;
import fi.saatava.law.fees.FeeSchedule;
import fi.saatava.law.fees.PastAction;
import fi.saatava.law.interest.InterestAccrual;
import fi.saatava.law.interest.InterestTerms;
import fi.saatava.law.interest.LateInterest;
import fi.saatava.law.interest.ReferenceRateTable;
import fi.saatava.law.money.Money;
import fi.saatava.law.schedule.LetterSchedule;
import fi.saatava.law.schedule.LetterTiming;
import fi.saatava.law.schedule.LetterType;
import fi.saatava.law.schedule.SentLetter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three worked examples of collection-law/README.md, so the README cannot drift from the code. */
class ReadmeExamplesTest {

    private final FeeSchedule fees = new FeeSchedule();
    private final LetterSchedule schedule = new LetterSchedule();

    @Test
    void consumerClaimFullFeeSchedule() {
        LocalDate due = LocalDate.parse("2026-01-05");
        ClaimProfile claim = ClaimProfile.consumer(Money.of("150.00"), due).withInvoiceSentOn(LocalDate.parse("2025-12-15"));
        List<PastAction> history = new ArrayList<>();
        List<SentLetter> letters = new ArrayList<>();

        LetterTiming reminderTiming = schedule.earliestSendDate(ClaimKind.CONSUMER, LetterType.REMINDER, due, letters);
        FeeDecision reminder = send(claim, history, letters, LetterType.REMINDER, FeeRequest.reminder(reminderTiming.earliest()));
        LetterTiming demandTiming = schedule.earliestSendDate(ClaimKind.CONSUMER, LetterType.FIRST_DEMAND, due, letters);
        FeeDecision demand = send(claim, history, letters, LetterType.FIRST_DEMAND, FeeRequest.demand(demandTiming.earliest()));
        LetterTiming secondTiming = schedule.earliestSendDate(ClaimKind.CONSUMER, LetterType.SECOND_DEMAND, due, letters);
        FeeDecision second = send(claim, history, letters, LetterType.SECOND_DEMAND, FeeRequest.demand(secondTiming.earliest()));
        FeeDecision plan = fees.decide(claim, history, FeeRequest.paymentPlan(LocalDate.parse("2026-03-20"), 4));
        history.add(plan.toPastAction(null));

        assertThat(List.of(reminder.on(), demand.on(), second.on())).containsExactly(LocalDate.parse("2026-01-20"),
                LocalDate.parse("2026-02-09"), LocalDate.parse("2026-02-27"));
        assertThat(letters).extracting(SentLetter::paymentDeadline).containsExactly(LocalDate.parse("2026-02-06"),
                LocalDate.parse("2026-02-26"), LocalDate.parse("2026-03-16"));
        assertThat(List.of(reminder, demand, second, plan)).extracting(FeeDecision::fee).containsExactly(
                Money.of("5"), Money.of("24"), Money.of("12"), Money.of("20"));
        assertThat(fees.costs(claim, history)).isEqualTo(
                new CollectionCosts(Money.of("61"), Money.ZERO, Money.of("61"), Money.of("120")));
        assertThat(demand.explanation()).isEqualTo("Payment demand: 24.00 €, the demand maximum 24 € for a consumer "
                + "claim, principal over 100 € and at most 1 000 € (PerintäL 10 a § 1 mom 2 k, spec §3.1).");
    }

    @Test
    void businessClaimWithStandardCompensation() {
        LocalDate due = LocalDate.parse("2026-03-02");
        ClaimProfile claim = ClaimProfile.other(Money.of("1800.00"), due).asCommercialPayment();
        List<PastAction> history = new ArrayList<>();
        FeeDecision compensation = fees.decide(claim, history, FeeRequest.standardCompensation(due.plusDays(1)));
        history.add(compensation.toPastAction(null));
        FeeDecision reminder = fees.decide(claim, history, FeeRequest.reminder(LocalDate.parse("2026-03-03")));
        history.add(reminder.toPastAction(LocalDate.parse("2026-03-13")));
        FeeDecision demand = fees.decide(claim, history, FeeRequest.demand(LocalDate.parse("2026-03-16")));
        history.add(demand.toPastAction(LocalDate.parse("2026-03-26")));
        FeeDecision second = fees.decide(claim, history, FeeRequest.demand(LocalDate.parse("2026-03-27")));
        history.add(second.toPastAction(LocalDate.parse("2026-04-07")));

        assertThat(List.of(compensation, reminder, demand, second)).extracting(FeeDecision::charge).containsExactly(
                Money.of("40"), Money.ZERO, Money.of("42"), Money.of("35"));
        assertThat(fees.costs(claim, history)).isEqualTo(
                new CollectionCosts(Money.of("117"), Money.of("40"), Money.of("117"), Money.of("470")));
        assertThat(reminder.explanation()).isEqualTo("Payment reminder: 12.00 €, the reminder maximum 12 € "
                + "(PerintäL 10 e § 1 mom 1 k, spec §2.1). Of this, 12.00 € is covered by the standard compensation "
                + "already charged, so 0.00 € is added (claimable costs are max(V, F), PerintäL 10 i §, 10 h § 3 mom, "
                + "spec §2.5).");
    }

    @Test
    void interestAcrossARateChange() {
        LateInterest interest = new LateInterest(ReferenceRateTable.bundled());
        InterestAccrual accrual = interest.accrue(Money.of("1000.00"), LocalDate.parse("2024-12-15"),
                LocalDate.parse("2025-01-14"), InterestTerms.ordinary());
        assertThat(accrual.amount()).isEqualTo(Money.of("9.05"));
        assertThat(accrual.segments()).extracting(s -> s.amount().toString()).containsExactly("5.03", "4.03");
        assertThat(accrual.segments().get(1).rule()).isEqualTo(
                "2025-H1 reference rate 3.5 % + 7.0 pp = 10.5 % (KorkoL 4 § 1 mom, spec §6.1)");
    }

    private FeeDecision send(ClaimProfile claim, List<PastAction> history, List<SentLetter> letters, LetterType type,
                             FeeRequest request) {
        FeeDecision decision = fees.decide(claim, history, request);
        LocalDate deadline = schedule.paymentDueDate(request.on(), DeliveryChannel.LETTER);
        history.add(decision.toPastAction(deadline));
        letters.add(new SentLetter(type, request.on(), deadline));
        return decision;
    }
}
