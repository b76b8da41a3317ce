package fi.saatava.gateway.paymentplans;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.gateway.claims.validation.PositiveEuroAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A debtor's request for a payment plan, as the creditor or an operator passes it on: the instalments the debtor
 * offers, in order. Together they must cover the whole remaining claim (see {@link PlanValidation}).
 */
public record PaymentPlanRequest(@NotEmpty @Valid List<@NotNull @Valid InstalmentRequest> instalments) {

    /** @param amount euros with two decimals, e.g. {@code "50.00"} */
    public record InstalmentRequest(@NotNull LocalDate dueDate, @NotNull @PositiveEuroAmount String amount) {
    }
}
