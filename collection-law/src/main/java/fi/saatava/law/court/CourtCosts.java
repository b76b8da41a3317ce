package fi.saatava.law.court;

import fi.saatava.law.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Court fees and recoverable legal costs of a summary civil case (spec §8).
 *
 * <p>Court fee (tuomioistuinmaksulaki 1455/2015 2 §, indexed by OM decree every three years): for cases filed from
 * 1.1.2025 (OM asetus 1020/2024) 70 € for an undisputed case filed into the court's system, 100 € filed otherwise,
 * 310 € when disputed; for 2022–2024 (OM asetus 1122/2021) 65 €, 86 € and 270 €. Earlier filings are refused: the spec
 * does not give the 2019–2021 fees.
 *
 * <p>Legal costs (OM asetus 1311/2001 as amended by 425/2012, OK 21:8 c): at most 50 / 80 / 110 € (basic tariff) or
 * 80 / 120 / 160 € (high tariff) for a principal under 300 €, from 300 to 1 000 €, over 1 000 €; the court fee is
 * added on top (3 § 2 mom).
 */
public final class CourtCosts {

    private static final LocalDate FEES_2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate FEES_2022 = LocalDate.of(2022, 1, 1);
    private static final Money LOW_BRACKET_BELOW = Money.of("300.00");
    private static final Money HIGH_BRACKET_ABOVE = Money.of("1000.00");

    /** The court fee of a case filed on {@code filedOn}. */
    public Money courtFee(LocalDate filedOn, CourtFeeCase feeCase) {
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(feeCase, "feeCase");
        if (!filedOn.isBefore(FEES_2025)) {
            return switch (feeCase) {
                case UNDISPUTED_FILED_ELECTRONICALLY -> Money.of("70.00");
                case UNDISPUTED_FILED_OTHERWISE -> Money.of("100.00");
                case DISPUTED -> Money.of("310.00");
            };
        }
        if (!filedOn.isBefore(FEES_2022)) {
            return switch (feeCase) {
                case UNDISPUTED_FILED_ELECTRONICALLY -> Money.of("65.00");
                case UNDISPUTED_FILED_OTHERWISE -> Money.of("86.00");
                case DISPUTED -> Money.of("270.00");
            };
        }
        throw new IllegalArgumentException("No court fee is known for a case filed on " + filedOn
                + " (the spec gives the fees from 1.1.2022, §8)");
    }

    /** The tariff's maximum legal costs for the principal (OM asetus 1311/2001, 425/2012). */
    public Money tariffAmount(Money principal, LegalCostTariff tariff) {
        Objects.requireNonNull(principal, "principal");
        boolean high = Objects.requireNonNull(tariff, "tariff") == LegalCostTariff.HIGH;
        if (principal.isLessThan(LOW_BRACKET_BELOW)) {
            return Money.of(high ? "80.00" : "50.00");
        }
        if (!principal.isGreaterThan(HIGH_BRACKET_ABOVE)) {
            return Money.of(high ? "120.00" : "80.00");
        }
        return Money.of(high ? "160.00" : "110.00");
    }

    /**
     * What a summons filed into the court's system on {@code filedOn} claims as legal costs if the case stays
     * undisputed: the tariff amount plus the court fee.
     */
    public SummonsCosts summonsCosts(Money principal, LegalCostTariff tariff, LocalDate filedOn) {
        Money amount = tariffAmount(principal, tariff);
        Money fee = courtFee(filedOn, CourtFeeCase.UNDISPUTED_FILED_ELECTRONICALLY);
        String bracket = principal.isLessThan(LOW_BRACKET_BELOW) ? "under 300 €"
                : !principal.isGreaterThan(HIGH_BRACKET_ABOVE) ? "from 300 to 1 000 €" : "over 1 000 €";
        return new SummonsCosts(tariff, amount, fee, amount.plus(fee),
                "Legal costs " + amount + " €: the " + (tariff == LegalCostTariff.HIGH ? "high" : "basic")
                        + " tariff for a principal " + bracket + " (OM asetus 1311/2001 as amended by 425/2012, "
                        + "spec §8), plus the court fee " + fee + " € of an undisputed summary case filed into the "
                        + "court's system on " + filedOn + " (tuomioistuinmaksulaki 1455/2015 2 §, "
                        + (filedOn.isBefore(FEES_2025) ? "OM asetus 1122/2021" : "OM asetus 1020/2024")
                        + "; added on top, 1311/2001 3 § 2 mom).");
    }
}
