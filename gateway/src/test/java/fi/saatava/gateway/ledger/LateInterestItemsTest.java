package fi.saatava.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.law.interest.InterestAccrual;
import fi.saatava.law.interest.InterestTerms;
import fi.saatava.law.interest.LateInterest;
import fi.saatava.law.interest.ReferenceRateTable;
import fi.saatava.law.money.Money;
import org.junit.jupiter.api.Test;

/** Late interest as a letter itemises it: per rate period, adding up exactly, paid interest off the oldest. */
class LateInterestItemsTest {

    private static final LateInterest LATE_INTEREST = new LateInterest(ReferenceRateTable.bundled());
    private static final LocalDate THROUGH = LocalDate.parse("2026-02-15");

    /** 120.00 € due 31.5.2025: 30 days of 2025-H1 (10.5 %), all of 2025-H2 (9.5 %), 46 days of 2026-H1 (9.5 %). */
    private static InterestAccrual accrual() {
        return LATE_INTEREST.accrue(Money.of("120.00"), LocalDate.parse("2025-05-31"), THROUGH,
                InterestTerms.ordinary());
    }

    @Test
    void eachHalfYearIsALineWithItsRateAndDaysAndTheLinesAddUpToTheWhole() {
        // Exactly 1.0356 + 5.7460 + 1.4367 = 8.2183 -> 8.22 (rounded once, as the ledger does).
        List<String> lines = describe(LateInterestItems.itemise(accrual(), Money.of("8.22"), THROUGH));

        assertThat(lines).containsExactly(
                "1.04 at 10.5 from 2025-06-01 to 2025-06-30",
                "5.74 at 9.5 from 2025-07-01 to 2025-12-31",
                "1.44 at 9.5 from 2026-01-01 to 2026-02-15");
        assertThat(accrual().amount()).isEqualTo(Money.of("8.22"));
    }

    @Test
    void paidInterestIsTakenOffTheOldestLines() {
        List<String> lines = describe(LateInterestItems.itemise(accrual(), Money.of("3.00"), THROUGH));

        // 5.22 paid: all of 2025-H1 (1.04) and 4.18 of 2025-H2.
        assertThat(lines).containsExactly(
                "1.56 at 9.5 from 2025-07-01 to 2025-12-31",
                "1.44 at 9.5 from 2026-01-01 to 2026-02-15");
    }

    @Test
    void principalsWithDifferentDueDatesShareTheLineOfTheirPeriod() {
        InterestAccrual both = accrual().plus(LATE_INTEREST.accrue(Money.of("50.00"), LocalDate.parse("2025-06-15"),
                LocalDate.parse("2025-12-31"), InterestTerms.ordinary()));

        List<ItemisedDebt.LateInterestItem> lines = LateInterestItems.itemise(both, both.amount(), THROUGH);

        assertThat(describe(lines)).hasSize(3).first().asString()
                .isEqualTo("1.25 at 10.5 from 2025-06-01 to 2025-06-30"); // 1.0356 + 50 × 10.5 % × 15 / 365
        assertThat(lines.stream().map(ItemisedDebt.LateInterestItem::amount).reduce(Money.ZERO, Money::plus))
                .isEqualTo(both.amount());
    }

    @Test
    void nothingOwedIsOneLineWithoutARate() {
        assertThat(describe(LateInterestItems.itemise(accrual(), Money.ZERO, THROUGH)))
                .containsExactly("0.00 at null from null to 2026-02-15");
        assertThat(describe(LateInterestItems.itemise(InterestAccrual.NONE, Money.ZERO, THROUGH)))
                .containsExactly("0.00 at null from null to 2026-02-15");
    }

    private static List<String> describe(List<ItemisedDebt.LateInterestItem> lines) {
        return lines.stream().map(line -> line.amount() + " at "
                + (line.ratePercent() == null ? null : line.ratePercent().stripTrailingZeros().toPlainString())
                + " from " + line.from() + " to " + line.through()).toList();
    }
}
