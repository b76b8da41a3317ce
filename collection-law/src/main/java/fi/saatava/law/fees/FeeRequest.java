package fi.saatava.law.fees;

import fi.saatava.law.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An action about to be taken, for which a fee is asked. Use the factory for the action.
 *
 * @param action        the action
 * @param on            the day the letter is sent or the plan or extension agreed
 * @param instalments   payment plan: the number of instalments
 * @param extensionDays payment-time extension: by how many days the time is extended
 * @param serviceCost   bankruptcy-threat demand: the actual cost of verifiable service (todisteellinen tiedoksianto)
 */
public record FeeRequest(FeeAction action, LocalDate on, int instalments, int extensionDays, Money serviceCost) {

    public FeeRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(serviceCost, "serviceCost");
        if (instalments < 0 || extensionDays < 0 || serviceCost.isNegative()) {
            throw new IllegalArgumentException("instalments, extension days and service cost must not be negative");
        }
    }

    public static FeeRequest reminder(LocalDate on) {
        return simple(FeeAction.REMINDER, on);
    }

    public static FeeRequest demand(LocalDate on) {
        return simple(FeeAction.DEMAND, on);
    }

    public static FeeRequest tratta(LocalDate on) {
        return simple(FeeAction.TRATTA, on);
    }

    public static FeeRequest standardCompensation(LocalDate on) {
        return simple(FeeAction.STANDARD_COMPENSATION, on);
    }

    public static FeeRequest paymentPlan(LocalDate on, int instalments) {
        if (instalments < 1) {
            throw new IllegalArgumentException("a payment plan has at least one instalment");
        }
        return new FeeRequest(FeeAction.PAYMENT_PLAN, on, instalments, 0, Money.ZERO);
    }

    public static FeeRequest paymentTimeExtension(LocalDate on, int extensionDays) {
        return new FeeRequest(FeeAction.PAYMENT_TIME_EXTENSION, on, 0, extensionDays, Money.ZERO);
    }

    public static FeeRequest bankruptcyThreatDemand(LocalDate on, Money serviceCost) {
        return new FeeRequest(FeeAction.BANKRUPTCY_THREAT_DEMAND, on, 0, 0, serviceCost);
    }

    private static FeeRequest simple(FeeAction action, LocalDate on) {
        return new FeeRequest(action, on, 0, 0, Money.ZERO);
    }
}
