package fi.saatava.gateway.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.saatava.gateway.claims.ClaimTerms;
import fi.saatava.law.allocation.BalanceComponent;
import fi.saatava.law.interest.HalfYear;
import fi.saatava.law.money.Money;
import org.springframework.stereotype.Component;

/**
 * A claim's balances on a day from its ledger entries: the lines of every entry valued that day or earlier, with the
 * late interest recomputed from the principal's history (so a payment reported late still gets the interest right).
 */
@Component
class BalanceCalculator {

    private final InterestCalculator interest;

    BalanceCalculator(InterestCalculator interest) {
        this.interest = interest;
    }

    InterestCalculator.Accrued accrued(List<LedgerEntry> entries, ClaimTerms terms, LocalDate day) {
        return interest.accruedThrough(entries, terms.interestTerms(), day);
    }

    /** The entries a {@link EntryType#REVERSAL} cancels. */
    static Set<UUID> reversedEntries(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::reversesEntryId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    Balances balancesOn(List<LedgerEntry> entries, ClaimTerms terms, LocalDate day) {
        Money principal = Money.ZERO;
        Money costs = Money.ZERO;
        Money interestSettled = Money.ZERO;
        Money paid = Money.ZERO;
        Money overpaid = Money.ZERO;
        Money credited = Money.ZERO;
        Set<UUID> reversed = reversedEntries(entries);
        for (LedgerEntry entry : entries) {
            if (entry.valueDate().isAfter(day)) {
                continue;
            }
            principal = principal.plus(entry.effectOn(BalanceComponent.PRINCIPAL));
            costs = costs.plus(entry.effectOn(BalanceComponent.COSTS));
            if (entry.type() != EntryType.INTEREST) {
                interestSettled = interestSettled.plus(entry.effectOn(BalanceComponent.INTEREST));
            }
            if (entry.type() == EntryType.PAYMENT && !reversed.contains(entry.id())) {
                paid = paid.plus(entry.amount().minus(entry.overpayment()));
                overpaid = overpaid.plus(entry.overpayment());
            } else if (entry.type() == EntryType.CREDIT_NOTE) {
                credited = credited.plus(entry.amount());
            }
        }
        InterestCalculator.Accrued accrued = accrued(entries, terms, day);
        String notice = accrued.truncated()
                ? "Late interest after " + accrued.through() + " is not included: the reference rate of "
                + HalfYear.of(accrued.through().plusDays(1)) + " is not known yet. The operator adds it to the file "
                + "named by saatava.law.reference-rates-file (KorkoL 12 §, spec §6.2)."
                : null;
        return new Balances(day, principal, accrued.amount().plus(interestSettled), costs, paid, overpaid, credited,
                accrued.through(), notice);
    }
}
