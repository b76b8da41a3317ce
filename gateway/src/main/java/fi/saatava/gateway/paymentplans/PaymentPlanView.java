package fi.saatava.gateway.paymentplans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A payment plan as the APIs show it; amounts are strings with two decimals. */
record PaymentPlanView(UUID id, UUID claimId, String status, Instant requestedAt, LocalDate agreedOn, String total,
                       List<InstalmentView> instalments, String checkExplanation, Integer missedInstalment) {

    record InstalmentView(int number, LocalDate dueDate, String amount) {
    }

    static PaymentPlanView of(PaymentPlan plan) {
        return new PaymentPlanView(plan.id(), plan.claimId(), plan.status().name(), plan.requestedAt(),
                plan.agreedOn(), plan.total().toString(), plan.instalments().stream()
                .map(instalment -> new InstalmentView(instalment.number(), instalment.dueDate(),
                        instalment.amount().toString()))
                .toList(), plan.checkExplanation(), plan.missedInstalment());
    }
}
