package fi.saatava.law.fees;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random claims and random sequences of actions, the fees never exceed a per-action maximum or the total cap,
 * the count limits hold, and the debtor is charged exactly max(V, F) (issue 3, "Done when"). The bounds below are
 * written out again from the spec tables, independently of the implementation.
 */
class FeePropertyTest {

    private static final LocalDate DUE = LocalDate.parse("2025-03-01");

    private final FeeSchedule fees = new FeeSchedule();

    @Property(tries = 2000)
    void feesStayWithinEveryLimit(@ForAll("claims") ClaimProfile claim, @ForAll("actions") List<FeeRequest> requests) {
        List<PastAction> history = new ArrayList<>();
        Money charged = Money.ZERO;
        for (FeeRequest request : requests) {
            FeeDecision decision = fees.decide(claim, history, request);
            assertThat(decision.fee()).isGreaterThanOrEqualTo(Money.ZERO)
                    .isLessThanOrEqualTo(decision.maximum())
                    .isLessThanOrEqualTo(absoluteMaximum(claim, request));
            assertThat(decision.explanation()).isNotBlank().contains("§");
            charged = charged.plus(decision.charge());
            history.add(decision.toPastAction(request.on().plusDays(10)));
        }
        CollectionCosts costs = fees.costs(claim, history);
        assertThat(costs.fees()).isLessThanOrEqualTo(cap(claim, history));
        assertThat(charged).isEqualTo(costs.fees().max(costs.standardCompensation()));
        assertThat(feeBearing(history, FeeAction.DEMAND)).isLessThanOrEqualTo(2);
        assertThat(feeBearing(history, FeeAction.TRATTA)).isLessThanOrEqualTo(claim.kind() == ClaimKind.OTHER ? 1 : 0);
        assertThat(feeBearing(history, FeeAction.BANKRUPTCY_THREAT_DEMAND)).isLessThanOrEqualTo(
                claim.kind() == ClaimKind.OTHER ? 1 : 0);
        assertThat(feeBearing(history, FeeAction.PAYMENT_PLAN)).isLessThanOrEqualTo(2);
        if (claim.kind() == ClaimKind.CONSUMER) {
            assertThat(costs.standardCompensation()).isEqualTo(Money.ZERO);
        }
        if (feeBearing(history, FeeAction.TRATTA) > 0) {
            assertThat(feeBearing(history, FeeAction.DEMAND)).as("10 g §: with a tratta, one demand fee").isLessThanOrEqualTo(1);
        }
    }

    @Property
    void feeBearingLettersAreSpacedByTheStrictGap(@ForAll("claims") ClaimProfile claim,
                                                  @ForAll("actions") List<FeeRequest> requests) {
        List<PastAction> history = new ArrayList<>();
        LocalDate previousLetter = null;
        for (FeeRequest request : requests) {
            FeeDecision decision = fees.decide(claim, history, request);
            if (request.action().isLetter()) {
                if (decision.fee().isPositive() && previousLetter != null) {
                    assertThat(request.on()).isAfterOrEqualTo(previousLetter.plusDays(claim.kind().daysFromPreviousLetter()));
                }
                previousLetter = request.on();
            }
            history.add(decision.toPastAction(request.on().plusDays(10)));
        }
    }

    @Provide
    Arbitrary<ClaimProfile> claims() {
        Arbitrary<Money> principal = Arbitraries.longs().between(1, 3_000_000).map(Money::ofCents);
        return Combinators.combine(Arbitraries.of(ClaimKind.values()), principal, Arbitraries.of(true, false),
                        Arbitraries.of(CollectorKind.values()), Arbitraries.of(true, false))
                .as((kind, amount, enforceable, collector, commercial) -> {
                    ClaimProfile claim = kind == ClaimKind.CONSUMER
                            ? ClaimProfile.consumer(amount, DUE) : ClaimProfile.other(amount, DUE);
                    claim = claim.collectedBy(collector);
                    claim = enforceable ? claim.asDirectlyEnforceable() : claim;
                    return commercial && kind == ClaimKind.OTHER ? claim.asCommercialPayment() : claim;
                });
    }

    @Provide
    Arbitrary<List<FeeRequest>> actions() {
        Arbitrary<FeeRequest> request = Combinators.combine(Arbitraries.of(FeeAction.values()),
                        Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 24),
                        Arbitraries.longs().between(0, 5000))
                .as((action, gap, number, cents) -> new FeeRequest(action, DUE, number, number, Money.ofCents(cents)));
        return request.list().ofMaxSize(25).flatMap(list -> Arbitraries.integers().between(0, 30).list()
                .ofSize(list.size()).map(gaps -> {
                    List<FeeRequest> dated = new ArrayList<>();
                    LocalDate day = DUE.minusDays(5);
                    for (int i = 0; i < list.size(); i++) {
                        day = day.plusDays(gaps.get(i));
                        FeeRequest r = list.get(i);
                        dated.add(new FeeRequest(r.action(), day, r.instalments(), r.extensionDays(), r.serviceCost()));
                    }
                    return dated;
                }));
    }

    /** The largest fee the spec tables allow for the action in any bracket of the claim's kind (§2.1, §3.1). */
    private static Money absoluteMaximum(ClaimProfile claim, FeeRequest request) {
        boolean consumer = claim.kind() == ClaimKind.CONSUMER;
        int euros = switch (request.action()) {
            case REMINDER -> consumer ? 5 : 12;
            case DEMAND -> consumer ? 50 : 110;
            case PAYMENT_TIME_EXTENSION -> consumer ? 5 : 10;
            case PAYMENT_PLAN -> consumer ? 50 : 75 + 5 * Math.max(0, request.instalments() - 6);
            case TRATTA -> consumer ? 0 : 155;
            case BANKRUPTCY_THREAT_DEMAND -> consumer ? 0 : 100;
            case STANDARD_COMPENSATION -> consumer ? 0 : 40;
        };
        Money service = request.action() == FeeAction.BANKRUPTCY_THREAT_DEMAND && !consumer
                ? request.serviceCost() : Money.ZERO;
        return Money.ofCents(euros * 100L).plus(service);
    }

    /** The §2.4 / §3.4 caps. */
    private static Money cap(ClaimProfile claim, List<PastAction> history) {
        long principal = claim.principal().cents();
        int euros;
        if (claim.kind() == ClaimKind.CONSUMER) {
            euros = claim.directlyEnforceable() ? 51 : principal <= 100_00 ? 60 : principal <= 1000_00 ? 120 : 210;
        } else if (claim.directlyEnforceable()) {
            euros = history.stream().anyMatch(a -> a.action() == FeeAction.BANKRUPTCY_THREAT_DEMAND) ? 314 : 214;
        } else {
            euros = principal <= 500_00 ? 250 : principal <= 2500_00 ? 470 : principal <= 10000_00 ? 550 : 620;
        }
        return Money.ofCents(euros * 100L);
    }

    private static long feeBearing(List<PastAction> history, FeeAction action) {
        return history.stream().filter(a -> a.action() == action && a.fee().isPositive()).count();
    }
}
