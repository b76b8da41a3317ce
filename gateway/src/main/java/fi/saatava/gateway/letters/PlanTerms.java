package fi.saatava.gateway.letters;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.law.money.Money;

/**
 * What a payment plan's letters print: the confirmation lists every instalment (the plan in writing, which its fee
 * requires), the instalment reminder names the one that was missed.
 *
 * @param missed the instalment missed, {@code null} for the confirmation
 */
public record PlanTerms(List<Instalment> instalments, Instalment missed) {

    public PlanTerms {
        instalments = List.copyOf(instalments);
        if (instalments.isEmpty()) {
            throw new IllegalArgumentException("a payment plan has at least one instalment");
        }
    }

    public record Instalment(LocalDate dueDate, Money amount) {
    }
}
