package fi.saatava.worker.creditcheck.bureau;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The credit bureau's answer to {@code POST /reports} (docs/contracts.md, "Credit bureau"). */
public record CreditReport(
        String reportId,
        String subjectType,
        Instant createdAt,
        List<PaymentDefault> paymentDefaults,
        Integer paymentAbilityScore,
        String insolvency) {

    /** The insolvency-register states the process models branch on (spec §11). */
    public static final Set<String> INSOLVENCY_STATUSES = Set.of("NONE", "BANKRUPTCY", "DEBT_ADJUSTMENT", "RESTRUCTURING");

    /** One payment-default entry; {@code amount} is a string with two decimals. */
    public record PaymentDefault(LocalDate date, String amount, String type, String creditor) {
    }
}
