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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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
    private final NamedParameterJdbcTemplate batchJdbc;

    LedgerRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
    }

    private static final String INSERT_ENTRY = """
            insert into saatava.ledger_entry (id, claim_id, entry_type, value_date, booked_at, amount, description,
                interest_from, period_start, period_end, fee_action, counted_fee, fee_maximum, letter_id,
                overpayment, source, reverses_entry_id, idempotency_key)
            values (:id, :claimId, :type, :valueDate, :bookedAt, :amount, :description, :interestFrom,
                :periodStart, :periodEnd, :feeAction, :countedFee, :feeMaximum, :letterId, :overpayment, :source,
                :reversesEntryId, :idempotencyKey)""";
    private static final String INSERT_LINE = """
            insert into saatava.ledger_entry_line (entry_id, line_number, component, amount)
            values (:entryId, :lineNumber, :component, :amount)""";

    /** @return whether the entry was stored; false if an entry with its idempotency key exists (nothing stored) */
    boolean insert(LedgerEntry entry) {
        boolean inserted = jdbc.sql(INSERT_ENTRY + " on conflict (idempotency_key) do nothing")
                .paramSource(entryParameters(entry))
                .update() == 1;
        if (inserted) {
            batchJdbc.batchUpdate(INSERT_LINE, lineParameters(entry).toArray(SqlParameterSource[]::new));
        }
        return inserted;
    }

    /**
     * Stores entries that cannot exist yet (e.g. the opening entries of new claims) and their lines: two round trips
     * however many there are.
     */
    void insertNew(List<LedgerEntry> entries) {
        batchJdbc.batchUpdate(INSERT_ENTRY, entries.stream().map(LedgerRepository::entryParameters)
                .toArray(SqlParameterSource[]::new));
        batchJdbc.batchUpdate(INSERT_LINE, entries.stream().flatMap(entry -> lineParameters(entry).stream())
                .toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource entryParameters(LedgerEntry entry) {
        LedgerEntry.Fee fee = entry.fee();
        return new MapSqlParameterSource()
                .addValue("id", entry.id())
                .addValue("claimId", entry.claimId())
                .addValue("type", entry.type().name())
                .addValue("valueDate", entry.valueDate())
                .addValue("bookedAt", utc(entry.bookedAt()))
                .addValue("amount", entry.amount().toBigDecimal())
                .addValue("description", entry.description())
                .addValue("interestFrom", entry.interestFrom())
                .addValue("periodStart", entry.periodStart())
                .addValue("periodEnd", entry.periodEnd())
                .addValue("feeAction", fee == null ? null : fee.action().name())
                .addValue("countedFee", fee == null ? null : fee.counted().toBigDecimal())
                .addValue("feeMaximum", fee == null ? null : fee.maximum().toBigDecimal())
                .addValue("letterId", fee == null ? null : fee.letterId())
                .addValue("overpayment", entry.overpayment() == null ? null : entry.overpayment().toBigDecimal())
                .addValue("source", entry.source())
                .addValue("reversesEntryId", entry.reversesEntryId())
                .addValue("idempotencyKey", entry.idempotencyKey());
    }

    private static List<SqlParameterSource> lineParameters(LedgerEntry entry) {
        List<SqlParameterSource> lines = new ArrayList<>();
        for (LedgerEntry.Line line : entry.lines()) {
            lines.add(new MapSqlParameterSource()
                    .addValue("entryId", entry.id())
                    .addValue("lineNumber", lines.size() + 1)
                    .addValue("component", line.component().name())
                    .addValue("amount", line.amount().toBigDecimal()));
        }
        return lines;
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
