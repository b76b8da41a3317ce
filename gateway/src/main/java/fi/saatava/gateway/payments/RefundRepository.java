package fi.saatava.gateway.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refunds owed to payers, at most one per payment. */
@Repository
public class RefundRepository {

    private static final String COLUMNS = """
            id, payment_id, amount, reason, payee_name, payee_iban, created_at, cancelled_at, transfer_id, paid_at""";

    private final JdbcClient jdbc;

    RefundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if the payment already has a refund */
    boolean insert(Refund refund) {
        return jdbc.sql("""
                insert into saatava.refund (id, payment_id, amount, reason, payee_name, payee_iban, created_at)
                values (:id, :paymentId, :amount, :reason, :payeeName, :payeeIban, :createdAt)
                on conflict (payment_id) do nothing""")
                .param("id", refund.id())
                .param("paymentId", refund.paymentId())
                .param("amount", refund.amount().toBigDecimal())
                .param("reason", refund.reason().name())
                .param("payeeName", refund.payeeName())
                .param("payeeIban", refund.payeeIban())
                .param("createdAt", Timestamps.utc(refund.createdAt()))
                .update() == 1;
    }

    Optional<Refund> ofPayment(UUID paymentId) {
        return jdbc.sql("select " + COLUMNS + " from saatava.refund where payment_id = :paymentId")
                .param("paymentId", paymentId).query(RefundRepository::refund).optional();
    }

    /** @return whether a due refund was cancelled (a paid one stays paid) */
    boolean cancelIfDue(UUID paymentId, Instant at) {
        return jdbc.sql("""
                update saatava.refund set cancelled_at = :at
                 where payment_id = :paymentId and transfer_id is null and cancelled_at is null""")
                .param("at", Timestamps.utc(at)).param("paymentId", paymentId).update() == 1;
    }

    /** Due refunds, oldest first, locked so that two transfer runs never pay one twice. */
    List<Refund> lockDue() {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from saatava.refund where transfer_id is null and cancelled_at is null
                order by created_at, id for update""")
                .query(RefundRepository::refund).list();
    }

    public List<Refund> due() {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from saatava.refund where transfer_id is null and cancelled_at is null order by created_at, id""")
                .query(RefundRepository::refund).list();
    }

    /** What the due refunds add up to (the client-funds report). */
    public Money totalDue() {
        return Money.of(jdbc.sql("""
                select coalesce(sum(amount), 0.00) from saatava.refund where transfer_id is null and cancelled_at is null""")
                .query(BigDecimal.class).single());
    }

    void setPayeeIban(UUID refundId, String iban) {
        jdbc.sql("update saatava.refund set payee_iban = :iban where id = :id and transfer_id is null")
                .param("iban", iban).param("id", refundId).update();
    }

    Optional<Refund> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from saatava.refund where id = :id")
                .param("id", id).query(RefundRepository::refund).optional();
    }

    void markTransferred(List<UUID> refundIds, UUID transferId, Instant at) {
        jdbc.sql("update saatava.refund set transfer_id = :transferId, paid_at = :at where id in (:ids)")
                .param("transferId", transferId).param("at", Timestamps.utc(at)).param("ids", refundIds).update();
    }

    private static Refund refund(ResultSet row, int rowNumber) throws SQLException {
        return new Refund(
                row.getObject("id", UUID.class),
                row.getObject("payment_id", UUID.class),
                Money.of(row.getObject("amount", BigDecimal.class)),
                RefundReason.valueOf(row.getString("reason")),
                row.getString("payee_name"),
                row.getString("payee_iban"),
                Timestamps.instant(row, "created_at"),
                Timestamps.instant(row, "cancelled_at"),
                row.getObject("transfer_id", UUID.class),
                Timestamps.instant(row, "paid_at"));
    }
}
