package fi.saatava.gateway.paymentplans;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.saatava.gateway.ledger.EntryType;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.law.calendar.FinnishCalendar;
import fi.saatava.law.money.Money;

/**
 * A plan's instalments against the payments its claim's ledger has allocated since the plan was agreed: instalments
 * are covered in order, by everything paid (a payment larger than an instalment also covers the next ones).
 *
 * @param paid what the ledger applied to the claim from payments valued on or after the plan's day (overpayments and
 *             payments the bank took back left out)
 */
record InstalmentProgress(PaymentPlan plan, Money paid) {

    static InstalmentProgress of(PaymentPlan plan, List<LedgerEntry> entries) {
        Set<UUID> reversed = entries.stream().map(LedgerEntry::reversesEntryId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Money paid = entries.stream()
                .filter(entry -> entry.type() == EntryType.PAYMENT && !reversed.contains(entry.id())
                        && !entry.valueDate().isBefore(plan.agreedOn()))
                .map(entry -> entry.amount().minus(entry.overpayment()))
                .reduce(Money.ZERO, Money::plus);
        return new InstalmentProgress(plan, paid);
    }

    /** The first instalment the payments do not cover yet, empty when every one is covered. */
    Optional<PaymentPlan.Instalment> firstUncovered() {
        Money cumulative = Money.ZERO;
        for (PaymentPlan.Instalment instalment : plan.instalments()) {
            cumulative = cumulative.plus(instalment.amount());
            if (paid.isLessThan(cumulative)) {
                return Optional.of(instalment);
            }
        }
        return Optional.empty();
    }

    /**
     * The day an instalment is checked: a due date on a non-banking day moves to the next banking day (laki 150/1930
     * 5 §, spec §16), and a payment made that day reaches the client-funds account's bank file on the banking day
     * after.
     */
    static LocalDate checkDay(PaymentPlan.Instalment instalment) {
        return FinnishCalendar.nextBankingDay(FinnishCalendar.nextBankingDay(instalment.dueDate()).plusDays(1));
    }
}
