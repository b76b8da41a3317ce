package fi.saatava.gateway.paymentplans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.saatava.law.money.Money;

/**
 * A payment plan as agreed: the instalments and what its process found.
 *
 * @param agreedOn          payments valued on or after this day count towards the instalments
 * @param checkExplanation  why the check answered as it did, {@code null} until checked
 * @param missedInstalment  DEFAULTED: the number of the instalment missed, else {@code null}
 */
public record PaymentPlan(
        UUID id,
        UUID claimId,
        Instant requestedAt,
        String requestedBy,
        LocalDate agreedOn,
        PaymentPlanStatus status,
        String checkExplanation,
        Integer missedInstalment,
        List<Instalment> instalments) {

    public PaymentPlan {
        instalments = List.copyOf(instalments);
    }

    /** @param number 1 for the first */
    public record Instalment(int number, LocalDate dueDate, Money amount) {
    }

    public Money total() {
        return instalments.stream().map(Instalment::amount).reduce(Money.ZERO, Money::plus);
    }

    public Instalment last() {
        return instalments.get(instalments.size() - 1);
    }
}
