package fi.saatava.gateway.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments, reversals and the claims payments are matched to, in schema {@code saatava}. */
@Repository
public class PaymentRepository {

    private static final String COLUMNS = """
            id, bank_reference, statement_id, amount, booking_date, value_date, reference_given, reference_number,
            payer_name, payer_iban, message, received_at, state, claim_id, reason, resolved_by, resolved_at,
            ledger_entry_id, process_message""";

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claim as a payment sees it: whether it still takes money. */
    record ClaimForPayment(UUID id, boolean closed) {
    }

    Optional<ClaimForPayment> claimByReference(String referenceNumber) {
        return jdbc.sql("select id, closed_at from saatava.claim where reference_number = :reference")
                .param("reference", referenceNumber)
                .query(PaymentRepository::claimForPayment)
                .optional();
    }

    Optional<ClaimForPayment> claim(UUID claimId) {
        return jdbc.sql("select id, closed_at from saatava.claim where id = :id")
                .param("id", claimId)
                .query(PaymentRepository::claimForPayment)
                .optional();
    }

    /** @return false if a payment with the same bank reference exists: nothing is stored twice */
    boolean insert(Payment payment) {
        return jdbc.sql("""
                insert into saatava.payment (id, bank_reference, statement_id, amount, booking_date, value_date,
                                             reference_given, reference_number, payer_name, payer_iban, message,
                                             received_at, state, claim_id, reason)
                values (:id, :bankReference, :statementId, :amount, :bookingDate, :valueDate, :referenceGiven,
                        :referenceNumber, :payerName, :payerIban, :message, :receivedAt, :state, :claimId, :reason)
                on conflict (bank_reference) do nothing""")
                .param("id", payment.id())
                .param("bankReference", payment.bankReference())
                .param("statementId", payment.statementId())
                .param("amount", payment.amount().toBigDecimal())
                .param("bookingDate", payment.bookingDate())
                .param("valueDate", payment.valueDate())
                .param("referenceGiven", payment.referenceGiven())
                .param("referenceNumber", payment.referenceNumber())
                .param("payerName", payment.payerName())
                .param("payerIban", payment.payerIban())
                .param("message", payment.message())
                .param("receivedAt", Timestamps.utc(payment.receivedAt()))
                .param("state", payment.state().name())
                .param("claimId", payment.claimId())
                .param("reason", payment.reason())
                .update() == 1;
    }

    public Optional<Payment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from saatava.payment where id = :id")
                .param("id", id).query(PaymentRepository::payment).optional();
    }

    Optional<Payment> findByBankReference(String bankReference) {
        return jdbc.sql("select " + COLUMNS + " from saatava.payment where bank_reference = :reference")
                .param("reference", bankReference).query(PaymentRepository::payment).optional();
    }

    /** The payment, locked until the transaction ends, so two operators cannot resolve it at once. */
    Optional<Payment> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from saatava.payment where id = :id for update")
                .param("id", id).query(PaymentRepository::payment).optional();
    }

    void resolve(UUID id, PaymentState state, UUID claimId, String reason, String operator, Instant at) {
        jdbc.sql("""
                update saatava.payment
                   set state = :state, claim_id = :claimId, reason = :reason, resolved_by = :operator,
                       resolved_at = :at
                 where id = :id""")
                .param("state", state.name())
                .param("claimId", claimId)
                .param("reason", reason)
                .param("operator", operator)
                .param("at", Timestamps.utc(at))
                .param("id", id)
                .update();
    }

    /** The payment is applied in its claim's ledger by {@code entryId}; the process was told {@code message}. */
    void markAllocated(UUID id, UUID entryId, ProcessMessage message) {
        jdbc.sql("""
                update saatava.payment set state = 'ALLOCATED', ledger_entry_id = :entryId, process_message = :message
                 where id = :id""")
                .param("entryId", entryId).param("message", message.name()).param("id", id).update();
    }

    /** Back to the operators' queue: the claim it was matched to no longer takes money. */
    void requeue(UUID id, UnmatchedReason reason) {
        jdbc.sql("update saatava.payment set state = 'UNMATCHED', claim_id = null, reason = :reason where id = :id")
                .param("reason", reason.name()).param("id", id).update();
    }

    /** Payments waiting for their allocation, oldest first. */
    List<UUID> matched() {
        return jdbc.sql("select id from saatava.payment where state = 'MATCHED' order by received_at, id")
                .query(UUID.class).list();
    }

    /** Payments in a state, or with a process message, newest first; null filters match everything. */
    List<Payment> list(PaymentState state, ProcessMessage message) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from saatava.payment
                where (cast(:state as text) is null or state = :state)
                  and (cast(:message as text) is null or process_message = :message)
                order by received_at desc, id""")
                .param("state", state == null ? null : state.name())
                .param("message", message == null ? null : message.name())
                .query(PaymentRepository::payment).list();
    }

    /** What the payments in a state add up to (the client-funds report). */
    public Money total(PaymentState state) {
        return Money.of(jdbc.sql("select coalesce(sum(amount), 0.00) from saatava.payment where state = :state")
                .param("state", state.name()).query(BigDecimal.class).single());
    }

    void changeState(UUID id, PaymentState state) {
        jdbc.sql("update saatava.payment set state = :state where id = :id")
                .param("state", state.name()).param("id", id).update();
    }

    List<Payment> unmatched() {
        return jdbc.sql("select " + COLUMNS + " from saatava.payment where state = 'UNMATCHED' order by received_at, id")
                .query(PaymentRepository::payment).list();
    }

    List<Payment> ofStatement(UUID statementId) {
        return jdbc.sql("select " + COLUMNS + " from saatava.payment where statement_id = :id order by received_at, id")
                .param("id", statementId).query(PaymentRepository::payment).list();
    }

    List<Payment> ofClaim(UUID claimId) {
        return jdbc.sql("select " + COLUMNS + " from saatava.payment where claim_id = :id order by booking_date, id")
                .param("id", claimId).query(PaymentRepository::payment).list();
    }

    /**
     * The payment a reversal takes back: the latest one with the same reference and amount, booked on or before the
     * reversal and not reversed yet. A reversal names no original, so this is the bank's own matching rule.
     */
    Optional<Payment> reversible(String referenceGiven, Money amount, LocalDate reversalBooked) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from saatava.payment
                where reference_given is not distinct from :reference and amount = :amount
                  and booking_date <= :booked and state <> 'REVERSED'
                order by booking_date desc, received_at desc
                limit 1 for update""")
                .param("reference", referenceGiven)
                .param("amount", amount.toBigDecimal())
                .param("booked", reversalBooked)
                .query(PaymentRepository::payment).optional();
    }

    /** @return false if the reversal was imported before */
    boolean insertReversal(UUID id, String bankReference, UUID statementId, UUID paymentId, Money amount,
                           LocalDate booked, String referenceGiven, Instant at) {
        return jdbc.sql("""
                insert into saatava.payment_reversal (id, bank_reference, statement_id, payment_id, amount,
                                                      booking_date, reference_given, received_at)
                values (:id, :bankReference, :statementId, :paymentId, :amount, :booked, :reference, :at)
                on conflict (bank_reference) do nothing""")
                .param("id", id)
                .param("bankReference", bankReference)
                .param("statementId", statementId)
                .param("paymentId", paymentId)
                .param("amount", amount.toBigDecimal())
                .param("booked", booked)
                .param("reference", referenceGiven)
                .param("at", Timestamps.utc(at))
                .update() == 1;
    }

    /** The ledger entry that cancelled the reversed payment's allocation. */
    void linkReversalEntry(String reversalBankReference, UUID entryId) {
        jdbc.sql("update saatava.payment_reversal set ledger_entry_id = :entryId where bank_reference = :reference")
                .param("entryId", entryId).param("reference", reversalBankReference).update();
    }

    boolean reversalExists(String bankReference) {
        return jdbc.sql("select count(*) from saatava.payment_reversal where bank_reference = :reference")
                .param("reference", bankReference).query(Long.class).single() > 0;
    }

    private static ClaimForPayment claimForPayment(ResultSet row, int rowNumber) throws SQLException {
        return new ClaimForPayment(row.getObject("id", UUID.class), row.getObject("closed_at") != null);
    }

    private static Payment payment(ResultSet row, int rowNumber) throws SQLException {
        return new Payment(
                row.getObject("id", UUID.class),
                row.getString("bank_reference"),
                row.getObject("statement_id", UUID.class),
                Money.of(row.getObject("amount", BigDecimal.class)),
                row.getObject("booking_date", LocalDate.class),
                row.getObject("value_date", LocalDate.class),
                row.getString("reference_given"),
                row.getString("reference_number"),
                row.getString("payer_name"),
                row.getString("payer_iban"),
                row.getString("message"),
                Timestamps.instant(row, "received_at"),
                PaymentState.valueOf(row.getString("state")),
                row.getObject("claim_id", UUID.class),
                row.getString("reason"),
                row.getString("resolved_by"),
                Timestamps.instant(row, "resolved_at"),
                row.getObject("ledger_entry_id", UUID.class),
                row.getString("process_message") == null ? null
                        : ProcessMessage.valueOf(row.getString("process_message")));
    }
}
