package fi.saatava.simulators.creditbureau;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The bureau's report (docs/contracts.md, "Credit bureau"); amounts are strings with two decimals. */
public record CreditReport(
        String reportId,
        String subjectType,
        Instant createdAt,
        List<PaymentDefault> paymentDefaults,
        int paymentAbilityScore,
        String insolvency) {

    public record PaymentDefault(LocalDate date, String amount, String type, String creditor) {
    }
}
