package fi.saatava.gateway.batches;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.gateway.database.Timestamps;
import fi.saatava.gateway.problem.FieldProblem;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claim batches and their rows in schema {@code saatava}. */
@Repository
class ClaimBatchRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ObjectMapper json;

    ClaimBatchRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
    }

    /** A new batch with no rows counted yet; its rows follow in the same transaction. */
    void insertBatch(UUID id, UUID creditorId, BatchFormat format, String header, Instant receivedAt) {
        jdbc.sql("""
                insert into saatava.claim_batch (id, creditor_id, format, header, row_count, received_at)
                values (:id, :creditorId, :format, :header, 0, :receivedAt)""")
                .param("id", id)
                .param("creditorId", creditorId)
                .param("format", format.name())
                .param("header", header)
                .param("receivedAt", Timestamps.utc(receivedAt))
                .update();
    }

    void recordRowCount(UUID id, int rowCount) {
        jdbc.sql("update saatava.claim_batch set row_count = :rowCount where id = :id")
                .param("rowCount", rowCount)
                .param("id", id)
                .update();
    }

    /** Stores rows as received, PENDING, numbered from {@code firstRowNumber}; one round trip per call. */
    void insertRows(UUID batchId, int firstRowNumber, List<String> contents) {
        jdbcTemplate.batchUpdate("""
                insert into saatava.claim_batch_row (batch_id, row_number, content, status)
                values (?, ?, ?, 'PENDING')""", new BatchPreparedStatementSetter() {

            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                statement.setObject(1, batchId);
                statement.setInt(2, firstRowNumber + i);
                statement.setString(3, contents.get(i));
            }

            @Override
            public int getBatchSize() {
                return contents.size();
            }
        });
    }

    /**
     * Locks up to {@code limit} pending rows, row number first across the batches waiting, so they all move on
     * together; rows another worker holds are skipped, so workers never process a row twice. Reads the chunk from the
     * pending index (V18) without sorting the rest.
     */
    List<BatchRow> lockPending(int limit) {
        return jdbc.sql("""
                select r.batch_id, r.row_number, b.creditor_id, b.format, r.content
                  from saatava.claim_batch_row r
                  join saatava.claim_batch b on b.id = r.batch_id
                 where r.status = 'PENDING'
                 order by r.row_number, r.batch_id
                 limit :limit
                   for update of r skip locked""")
                .param("limit", limit)
                .query(ClaimBatchRepository::batchRow)
                .list();
    }

    /** Locks one row if it is still pending. */
    Optional<BatchRow> lockPending(UUID batchId, int rowNumber) {
        return jdbc.sql("""
                select r.batch_id, r.row_number, b.creditor_id, b.format, r.content
                  from saatava.claim_batch_row r
                  join saatava.claim_batch b on b.id = r.batch_id
                 where r.batch_id = :batchId and r.row_number = :rowNumber and r.status = 'PENDING'
                   for update of r""")
                .param("batchId", batchId)
                .param("rowNumber", rowNumber)
                .query(ClaimBatchRepository::batchRow)
                .optional();
    }

    private static BatchRow batchRow(ResultSet row, int rowNumber) throws SQLException {
        return new BatchRow(row.getObject("batch_id", UUID.class), row.getInt("row_number"),
                row.getObject("creditor_id", UUID.class), BatchFormat.valueOf(row.getString("format")),
                row.getString("content"));
    }

    /**
     * Records the results of rows locked in this transaction, in one round trip, and drops their content: the claim
     * now holds its data, and the row keeps no second copy of the debtor's personal data.
     */
    void recordResults(List<BatchRow> rows, List<RowResult> results, Instant at) {
        jdbcTemplate.batchUpdate("""
                update saatava.claim_batch_row
                   set status = ?, claim_id = ?, replayed = ?, errors = cast(? as jsonb), processed_at = ?,
                       content = null
                 where batch_id = ? and row_number = ?""", new BatchPreparedStatementSetter() {

            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                BatchRow row = rows.get(i);
                RowResult result = results.get(i);
                statement.setString(1, result.isAccepted() ? "ACCEPTED" : "REJECTED");
                statement.setObject(2, result.claimId());
                statement.setObject(3, result.isAccepted() ? result.replayed() : null);
                statement.setString(4, result.isAccepted() ? null : toJson(result.errors()));
                statement.setObject(5, Timestamps.utc(at));
                statement.setObject(6, row.batchId());
                statement.setInt(7, row.rowNumber());
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    Optional<BatchSummary> summary(UUID creditorId, UUID batchId) {
        return jdbc.sql("""
                select b.id, b.format, b.row_count, b.received_at,
                       count(*) filter (where r.status = 'ACCEPTED') as accepted,
                       count(*) filter (where r.status = 'REJECTED') as rejected,
                       count(*) filter (where r.status = 'PENDING') as pending,
                       max(r.processed_at) as last_processed_at
                  from saatava.claim_batch b
                  left join saatava.claim_batch_row r on r.batch_id = b.id
                 where b.id = :id and b.creditor_id = :creditorId
                 group by b.id""")
                .param("id", batchId)
                .param("creditorId", creditorId)
                .query((row, n) -> new BatchSummary(row.getObject("id", UUID.class),
                        BatchFormat.valueOf(row.getString("format")), row.getInt("row_count"),
                        Timestamps.instant(row, "received_at"), row.getLong("accepted"), row.getLong("rejected"),
                        row.getLong("pending"), Timestamps.instant(row, "last_processed_at")))
                .optional();
    }

    List<BatchRowView> results(UUID batchId, String status, int offset, int limit) {
        return jdbc.sql("""
                select row_number, status, claim_id, replayed, errors::text as errors
                  from saatava.claim_batch_row
                 where batch_id = :batchId and (status = :status or :status = 'ANY')
                 order by row_number limit :limit offset :offset""")
                .param("batchId", batchId)
                .param("status", status == null ? "ANY" : status)
                .param("limit", limit)
                .param("offset", offset)
                .query((row, n) -> new BatchRowView(row.getInt("row_number"), row.getString("status"),
                        row.getObject("claim_id", UUID.class), (Boolean) row.getObject("replayed"),
                        fromJson(row.getString("errors"))))
                .list();
    }

    private String toJson(List<FieldProblem> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a row's errors", e);
        }
    }

    private List<FieldProblem> fromJson(String errors) throws SQLException {
        if (errors == null) {
            return null;
        }
        try {
            return List.of(json.readValue(errors, FieldProblem[].class));
        } catch (JsonProcessingException e) {
            throw new SQLException("A batch row has unreadable errors", e);
        }
    }
}
