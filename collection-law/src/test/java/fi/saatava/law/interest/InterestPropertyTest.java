package fi.saatava.law.interest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.law.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Interest over a period equals the sum over any split of it (issue 3, "Done when"). */
class InterestPropertyTest {

    private static final LocalDate FIRST = LocalDate.parse("2013-01-01");
    private static final int DAYS_IN_TABLE = (int) (LocalDate.parse("2026-06-30").toEpochDay() - FIRST.toEpochDay());

    private final LateInterest interest = new LateInterest(ReferenceRateTable.bundled());

    @Property
    void periodEqualsTheSumOfAnySplit(@ForAll @LongRange(min = 0, max = 100_000_000) long cents,
                                      @ForAll @IntRange(min = 0, max = 4000) int start,
                                      @ForAll @IntRange(min = 0, max = 1500) int firstPart,
                                      @ForAll @IntRange(min = 0, max = 1500) int secondPart,
                                      @ForAll("terms") InterestTerms terms) {
        LocalDate from = FIRST.plusDays(Math.min(start, DAYS_IN_TABLE));
        LocalDate split = min(from.plusDays(firstPart));
        LocalDate to = min(split.plusDays(secondPart));
        Money principal = Money.ofCents(cents);

        InterestAccrual whole = interest.accrue(principal, from, to, terms);
        InterestAccrual parts = interest.accrue(principal, from, split, terms)
                .plus(interest.accrue(principal, split, to, terms));

        assertThat(whole.exactNumerator()).isEqualByComparingTo(parts.exactNumerator());
        assertThat(whole.amount()).isEqualTo(parts.amount());
        assertThat(whole.days()).isEqualTo(to.toEpochDay() - from.toEpochDay());
    }

    @Provide
    Arbitrary<InterestTerms> terms() {
        return Arbitraries.oneOf(
                Arbitraries.just(InterestTerms.ordinary()),
                Arbitraries.just(InterestTerms.commercial()),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(30)).ofScale(2)
                        .map(rate -> InterestTerms.ordinary().withContractualRate(rate)),
                Arbitraries.integers().between(0, 4000)
                        .map(day -> InterestTerms.consumerCredit(new BigDecimal("19.9"), FIRST.plusDays(day), null)));
    }

    private static LocalDate min(LocalDate date) {
        LocalDate last = FIRST.plusDays(DAYS_IN_TABLE);
        return date.isAfter(last) ? last : date;
    }
}
