package fi.saatava.law.fees;

import fi.saatava.law.money.Money;

/**
 * The collection costs of a claim so far (spec §2.5).
 *
 * @param fees                 F: the 10 § fees charged, never above the total cap
 * @param standardCompensation V: 40 € × late commercial payments (10 i §)
 * @param claimable            what the debtor owes for collection costs: max(V, F) (never V + F)
 * @param totalCap             the 10 d § / 10 h § cap on F
 */
public record CollectionCosts(Money fees, Money standardCompensation, Money claimable, Money totalCap) {
}
