package fi.saatava.gateway.ledger;

import static fi.saatava.gateway.database.Timestamps.instant;
import static fi.saatava.gateway.database.Timestamps.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.law.allocation.BalanceComponent;
import fi.saatava.law.fees.FeeAction;
import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ledger entries and their lines in schema {@code saatava}; only ever inserted (the database refuses the rest). */
@Repository
class LedgerRepository {

    private static final String COLUMNS = """
            id, claim_id, seq, entry_type, value_date, booked_at, amount, description, interest_from, period_start,
            period_end, fee_action, counted_fee, fee_maximum, letter_id, overpayment, source, reverses_entry_id,
            idempotency_key""";

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the entry was stored; false if an entry with its idempotency key exists (nothing stored) */
    boolean insert(LedgerEntry entry) {
        LedgerEntry.Fee fee = entry.fee();
        boolean inserted = jdbc.sql("""
                insert into saatava.ledger_entry (id, claim_id, entry_type, value_date, booked_at, amount, description,
                    interest_from, period_start, period_end, fee_action, counted_fee, fee_maximum, letter_id,
                    overpayment, source, reverses_entry_id, idempotency_key)
                values (:id, :claimId, :type, :valueDate, :bookedAt, :amount, :description, :interestFrom,
                    :periodStart, :periodEnd, :feeAction, :countedFee, :feeMaximum, :letterId, :overpayment, :source,
                    :reversesEntryId, :idempotencyKey)
                on conflict (idempotency_key) do nothing""")
                .param("id", entry.id())
                .param("claimId", entry.claimId())
                .param("type", entry.type().name())
                .param("valueDate", entry.valueDate())
                .param("bookedAt", utc(entry.bookedAt()))
                .param("amount", entry.amount().toBigDecimal())
                .param("description", entry.description())
                .param("interestFrom", entry.interestFrom())
                .param("periodStart", entry.periodStart())
                .param("periodEnd", entry.periodEnd())
                .param("feeAction", fee == null ? null : fee.action().name())
                .param("countedFee", fee == null ? null : fee.counted().toBigDecimal())
                .param("feeMaximum", fee == null ? null : fee.maximum().toBigDecimal())
                .param("letterId", fee == null ? null : fee.letterId())
                .param("overpayment", entry.overpayment() == null ? null : entry.overpayment().toBigDecimal())
                .param("source", entry.source())
                .param("reversesEntryId", entry.reversesEntryId())
                .param("idempotencyKey", entry.idempotencyKey())
                .update() == 1;
        if (inserted) {
            int lineNumber = 0;
            for (LedgerEntry.Line line : entry.lines()) {
                jdbc.sql("""
                        insert into saatava.ledger_entry_line (entry_id, line_number, component, amount)
                        values (:entryId, :lineNumber, :component, :amount)""")
                        .param("entryId", entry.id())
                        .param("lineNumber", ++lineNumber)
                        .param("component", line.component().name())
                        .param("amount", line.amount().toBigDecimal())
                        .update();
            }
        }
        return inserted;
    }

    Optional<LedgerEntry> findByIdempotencyKey(UUID claimId, String key) {
        return entries(claimId).stream().filter(entry -> key.equals(entry.idempotencyKey())).findFirst();
    }

    /** The claim's entries in value-date and booking order, with their lines. */
    List<LedgerEntry> entries(UUID claimId) {
        Map<UUID, List<LedgerEntry.Line>> lines = new HashMap<>();
        jdbc.sql("""
                select l.entry_id, l.component, l.amount
                  from saatava.ledger_entry_line l
                  join saatava.ledger_entry e on e.id = l.entry_id
                 where e.claim_id = :claimId
                 order by l.entry_id, l.line_number""")
                .param("claimId", claimId)
                .query((ResultSet row) -> {
                    lines.computeIfAbsent(row.getObject("entry_id", UUID.class), id -> new ArrayList<>())
                            .add(new LedgerEntry.Line(BalanceComponent.valueOf(row.getString("component")),
                                    money(row, "amount")));
                });
        return jdbc.sql("select " + COLUMNS + " from saatava.ledger_entry where claim_id = :claimId"
                        + " order by value_date, seq")
                .param("claimId", claimId)
                .query((row, n) -> entry(row, lines.getOrDefault(row.getObject("id", UUID.class), List.of())))
                .list();
    }

    private static LedgerEntry entry(ResultSet row, List<LedgerEntry.Line> lines) throws SQLException {
        String feeAction = row.getString("fee_action");
        return new LedgerEntry(
                row.getObject("id", UUID.class),
                row.getObject("claim_id", UUID.class),
                row.getLong("seq"),
                EntryType.valueOf(row.getString("entry_type")),
                row.getObject("value_date", LocalDate.class),
                instant(row, "booked_at"),
                money(row, "amount"),
                row.getString("description"),
                row.getObject("interest_from", LocalDate.class),
                row.getObject("period_start", LocalDate.class),
                row.getObject("period_end", LocalDate.class),
                feeAction == null ? null : new LedgerEntry.Fee(FeeAction.valueOf(feeAction),
                        money(row, "counted_fee"), money(row, "fee_maximum"), row.getObject("letter_id", UUID.class)),
                money(row, "overpayment"),
                row.getString("source"),
                row.getObject("reverses_entry_id", UUID.class),
                row.getString("idempotency_key"),
                lines);
    }

    private static Money money(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getObject(column, BigDecimal.class);
        return value == null ? null : Money.of(value);
    }
}
