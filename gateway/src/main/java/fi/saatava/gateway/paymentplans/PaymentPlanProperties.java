package fi.saatava.gateway.paymentplans;

import java.time.LocalTime;

import fi.saatava.law.money.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency's rules for payment plans ({@code saatava.payment-plans.*}). The law sets the fee and how many plans may
 * carry one; how long a plan may run and what an operator may agree alone are the agency's own policy.
 *
 * @param maxInstalments                   the most instalments a request may have
 * @param maxMonths                        the last instalment at most this many months after the request
 * @param approvalAboveInstalments         more instalments than this need an operator's approval
 * @param approvalAboveMonths              a last instalment further away than this needs an operator's approval
 * @param approvalBelowInstalmentAmount    an instalment below this (euros) needs an operator's approval
 * @param instalmentCheckTime              Finnish time on the check day: after the morning's bank files are imported
 */
@ConfigurationProperties("saatava.payment-plans")
public record PaymentPlanProperties(
        @DefaultValue("36") int maxInstalments,
        @DefaultValue("24") int maxMonths,
        @DefaultValue("6") int approvalAboveInstalments,
        @DefaultValue("6") int approvalAboveMonths,
        @DefaultValue("20.00") String approvalBelowInstalmentAmount,
        @DefaultValue("12:00") LocalTime instalmentCheckTime) {

    public PaymentPlanProperties {
        if (maxInstalments < 1 || maxMonths < 1 || approvalAboveInstalments < 1 || approvalAboveMonths < 1) {
            throw new IllegalArgumentException("saatava.payment-plans limits must be positive");
        }
        Money.of(approvalBelowInstalmentAmount);
    }

    Money smallestInstalmentWithoutApproval() {
        return Money.of(approvalBelowInstalmentAmount);
    }
}
