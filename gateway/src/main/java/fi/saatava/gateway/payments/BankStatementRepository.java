package fi.saatava.gateway.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bank files as received, one row per distinct file. */
@Repository
class BankStatementRepository {

    private final JdbcClient jdbc;

    BankStatementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Statement(UUID id, String messageId, Instant receivedAt, String receivedBy) {
    }

    /** The statement with this content, stored now unless the same file was stored before. */
    Statement storeOnce(String messageId, String sha256, byte[] content, String receivedBy, Instant at) {
        jdbc.sql("""
                insert into saatava.bank_statement (id, message_id, sha256, content, received_at, received_by)
                values (:id, :messageId, :sha256, :content, :at, :by)
                on conflict (sha256) do nothing""")
                .param("id", UUID.randomUUID())
                .param("messageId", messageId)
                .param("sha256", sha256)
                .param("content", content)
                .param("at", Timestamps.utc(at))
                .param("by", receivedBy)
                .update();
        return jdbc.sql("select id, message_id, received_at, received_by from saatava.bank_statement "
                        + "where sha256 = :sha256")
                .param("sha256", sha256)
                .query(BankStatementRepository::statement)
                .single();
    }

    Optional<Statement> find(UUID id) {
        return jdbc.sql("select id, message_id, received_at, received_by from saatava.bank_statement where id = :id")
                .param("id", id)
                .query(BankStatementRepository::statement)
                .optional();
    }

    private static Statement statement(ResultSet row, int rowNumber) throws SQLException {
        return new Statement(row.getObject("id", UUID.class), row.getString("message_id"),
                Timestamps.instant(row, "received_at"), row.getString("received_by"));
    }
}
