package fi.saatava.law.court;

import fi.saatava.law.money.Money;

/**
 * The legal costs a summary summons claims from the defendant: the tariff amount plus the court fee the plaintiff pays
 * (OM asetus 1311/2001 3 § 2 mom; spec §8).
 *
 * @param tariff      which tariff the amount comes from
 * @param tariffAmount the tariff's maximum for the principal
 * @param courtFee    the court fee of the case as filed
 * @param total       tariff amount + court fee
 * @param explanation both rules, citing the statute and the spec section
 */
public record SummonsCosts(LegalCostTariff tariff, Money tariffAmount, Money courtFee, Money total,
                           String explanation) {
}
