package fi.saatava.gateway.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.saatava.law.allocation.BalanceComponent;
import fi.saatava.law.fees.FeeAction;
import fi.saatava.law.money.Money;

/**
 * One entry of a claim's ledger. Entries are never changed; a correction is a {@link EntryType#REVERSAL}.
 *
 * @param seq             booking order (0 until stored)
 * @param valueDate       the day the entry takes effect
 * @param amount          what was charged, paid or credited (never negative; the lines carry the signs)
 * @param description     why, in words: for a fee its legal explanation, for a payment the allocation order
 * @param interestFrom    PRINCIPAL and ADDITIONAL_CLAIM: late interest runs from the day after
 * @param periodStart     INTEREST: first day of the period booked
 * @param periodEnd       INTEREST: last day of the period booked
 * @param fee             FEE: the action, the fee counted towards the caps and the letter
 * @param overpayment     PAYMENT: what exceeded the whole balance, to be refunded
 * @param source          PAYMENT: who reported it, e.g. {@code CREDITOR_DIRECT_PAYMENT}
 * @param reversesEntryId REVERSAL: the entry it cancels
 * @param idempotencyKey  the event the entry books; the same key is never booked twice
 * @param lines           the signed effect on each component of the debt
 */
public record LedgerEntry(
        UUID id,
        UUID claimId,
        long seq,
        EntryType type,
        LocalDate valueDate,
        Instant bookedAt,
        Money amount,
        String description,
        LocalDate interestFrom,
        LocalDate periodStart,
        LocalDate periodEnd,
        Fee fee,
        Money overpayment,
        String source,
        UUID reversesEntryId,
        String idempotencyKey,
        List<Line> lines) {

    public LedgerEntry {
        lines = List.copyOf(lines);
    }

    /**
     * @param counted the fee counted towards the caps (F); the entry's amount is what it added to the debt
     * @param maximum the statutory maximum for the action
     */
    public record Fee(FeeAction action, Money counted, Money maximum, UUID letterId) {
    }

    /** @param amount signed: positive adds to the debt, negative reduces it */
    public record Line(BalanceComponent component, Money amount) {
    }

    /** The entry's signed effect on one component. */
    public Money effectOn(BalanceComponent component) {
        return lines.stream().filter(line -> line.component() == component).map(Line::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
