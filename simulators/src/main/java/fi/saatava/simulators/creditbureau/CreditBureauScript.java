package fi.saatava.simulators.creditbureau;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fi.saatava.simulators.creditbureau.CreditReport.PaymentDefault;

/** Builds the report of a {@link ScriptedOutcome}; default entries are dated relative to the simulator's clock. */
@Component
public class CreditBureauScript {

    private final Clock clock;

    public CreditBureauScript(Clock clock) {
        this.clock = clock;
    }

    public CreditReport report(String subjectType, ScriptedOutcome outcome) {
        LocalDate today = LocalDate.now(clock);
        String reportId = "CB-" + UUID.randomUUID().toString().substring(0, 8);
        return switch (outcome) {
            case CLEAN, FLAKY -> report(reportId, subjectType, List.of(), 85, "NONE");
            case PAYMENT_DEFAULTS -> report(reportId, subjectType, List.of(
                    new PaymentDefault(today.minusMonths(8), "1250.00", "COURT_JUDGMENT", "Esimerkkipankki Oyj"),
                    new PaymentDefault(today.minusMonths(14), "310.40", "DRAFT_PROTEST", "Kodinkone Oy")),
                    35, "NONE");
            case LOW_ABILITY -> report(reportId, subjectType, List.of(), 12, "NONE");
            case BANKRUPT -> report(reportId, subjectType, List.of(
                    new PaymentDefault(today.minusMonths(5), "8420.00", "ENFORCEMENT_NO_ASSETS", "Rahoitus Oy")),
                    3, "BANKRUPTCY");
            case DEBT_ADJUSTMENT -> report(reportId, subjectType, List.of(
                    new PaymentDefault(today.minusMonths(20), "2100.00", "CREDIT_DEFAULT", "Kulutusluotto Oy")),
                    8, "DEBT_ADJUSTMENT");
            case RESTRUCTURING -> report(reportId, subjectType, List.of(), 20, "RESTRUCTURING");
            case UNAVAILABLE -> throw new IllegalArgumentException("an unavailable bureau produces no report");
        };
    }

    private CreditReport report(String reportId, String subjectType, List<PaymentDefault> defaults, int score,
            String insolvency) {
        return new CreditReport(reportId, subjectType, clock.instant(), defaults, score, insolvency);
    }
}
