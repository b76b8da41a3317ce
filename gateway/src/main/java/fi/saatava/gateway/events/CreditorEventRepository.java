package fi.saatava.gateway.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Creditor events in schema {@code saatava}; only ever inserted. */
@Repository
class CreditorEventRepository {

    private static final String COLUMNS = """
            id, claim_id, event_type, event_reference, request_sha256, body::text as body, received_at,
            ledger_entry_id, message_name, recorded_by""";

    private final JdbcClient jdbc;

    CreditorEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CreditorEvent event) {
        jdbc.sql("""
                insert into saatava.creditor_event (id, claim_id, event_type, event_reference, request_sha256, body,
                                                    received_at, ledger_entry_id, message_name, recorded_by)
                values (:id, :claimId, :type, :reference, :sha256, cast(:body as jsonb), :receivedAt, :entryId,
                        :message, :recordedBy)""")
                .param("id", event.id())
                .param("claimId", event.claimId())
                .param("type", event.type().name())
                .param("reference", event.eventReference())
                .param("sha256", event.requestSha256())
                .param("body", event.body())
                .param("receivedAt", Timestamps.utc(event.receivedAt()))
                .param("entryId", event.ledgerEntryId())
                .param("message", event.messageName())
                .param("recordedBy", event.recordedBy().name())
                .update();
    }

    Optional<CreditorEvent> find(UUID claimId, String eventReference) {
        return jdbc.sql("select " + COLUMNS + " from saatava.creditor_event"
                        + " where claim_id = :claimId and event_reference = :reference")
                .param("claimId", claimId)
                .param("reference", eventReference)
                .query(CreditorEventRepository::event)
                .optional();
    }

    List<CreditorEvent> ofClaim(UUID claimId) {
        return jdbc.sql("select " + COLUMNS + " from saatava.creditor_event where claim_id = :claimId"
                        + " order by received_at, id")
                .param("claimId", claimId)
                .query(CreditorEventRepository::event)
                .list();
    }

    private static CreditorEvent event(ResultSet row, int rowNumber) throws SQLException {
        return new CreditorEvent(
                row.getObject("id", UUID.class),
                row.getObject("claim_id", UUID.class),
                CreditorEventType.valueOf(row.getString("event_type")),
                row.getString("event_reference"),
                row.getString("request_sha256"),
                row.getString("body"),
                Timestamps.instant(row, "received_at"),
                row.getObject("ledger_entry_id", UUID.class),
                row.getString("message_name"),
                RecordedBy.valueOf(row.getString("recorded_by")));
    }
}
