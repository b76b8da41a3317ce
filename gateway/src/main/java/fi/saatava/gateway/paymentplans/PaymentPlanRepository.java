package fi.saatava.gateway.paymentplans;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payment plans and their instalments in schema {@code saatava}. */
@Repository
class PaymentPlanRepository {

    private final JdbcClient jdbc;

    PaymentPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PaymentPlan plan) {
        jdbc.sql("""
                insert into saatava.payment_plan (id, claim_id, requested_at, requested_by, agreed_on, status)
                values (:id, :claimId, :requestedAt, :requestedBy, :agreedOn, :status)""")
                .param("id", plan.id())
                .param("claimId", plan.claimId())
                .param("requestedAt", Timestamps.utc(plan.requestedAt()))
                .param("requestedBy", plan.requestedBy())
                .param("agreedOn", plan.agreedOn())
                .param("status", plan.status().name())
                .update();
        for (PaymentPlan.Instalment instalment : plan.instalments()) {
            jdbc.sql("""
                    insert into saatava.payment_plan_instalment (plan_id, number, due_date, amount)
                    values (:planId, :number, :dueDate, :amount)""")
                    .param("planId", plan.id())
                    .param("number", instalment.number())
                    .param("dueDate", instalment.dueDate())
                    .param("amount", instalment.amount().toBigDecimal())
                    .update();
        }
    }

    Optional<PaymentPlan> find(UUID id) {
        List<PaymentPlan.Instalment> instalments = jdbc.sql("""
                select number, due_date, amount from saatava.payment_plan_instalment
                 where plan_id = :id order by number""")
                .param("id", id)
                .query((row, n) -> new PaymentPlan.Instalment(row.getInt("number"),
                        row.getObject("due_date", LocalDate.class),
                        Money.of(row.getObject("amount", BigDecimal.class))))
                .list();
        return jdbc.sql("select * from saatava.payment_plan where id = :id")
                .param("id", id)
                .query((row, n) -> plan(row, instalments))
                .optional();
    }

    void recordCheck(UUID id, PaymentPlanStatus status, String explanation) {
        jdbc.sql("update saatava.payment_plan set status = :status, check_explanation = :explanation where id = :id")
                .param("status", status.name()).param("explanation", explanation).param("id", id).update();
    }

    void changeStatus(UUID id, PaymentPlanStatus status, Integer missedInstalment) {
        jdbc.sql("""
                update saatava.payment_plan set status = :status, missed_instalment = :missed where id = :id""")
                .param("status", status.name()).param("missed", missedInstalment).param("id", id).update();
    }

    private static PaymentPlan plan(ResultSet row, List<PaymentPlan.Instalment> instalments) throws SQLException {
        return new PaymentPlan(
                row.getObject("id", UUID.class),
                row.getObject("claim_id", UUID.class),
                Timestamps.instant(row, "requested_at"),
                row.getString("requested_by"),
                row.getObject("agreed_on", LocalDate.class),
                PaymentPlanStatus.valueOf(row.getString("status")),
                row.getString("check_explanation"),
                (Integer) row.getObject("missed_instalment"),
                instalments);
    }
}
