package fi.saatava.gateway.letters;

import static fi.saatava.gateway.database.Timestamps.instant;
import static fi.saatava.gateway.database.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Letters, their documents and dispatch records in schema {@code saatava}. */
@Repository
public class LetterRepository {

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredLetter(UUID id, UUID claimId, String type, String contentJson, Instant dispatchedAt,
                        String channel, Instant voidedAt) {
    }

    /** Whether the letter is voided and whether it was dispatched, with the letter row locked until commit. */
    record LockedState(boolean voided, boolean dispatched) {
    }

    Optional<UUID> findByIdempotencyKey(String key) {
        return jdbc.sql("select id from saatava.letter where idempotency_key = :key")
                .param("key", key)
                .query(UUID.class)
                .optional();
    }

    /**
     * Inserts the letter unless a letter holds the same idempotency key (then an earlier or concurrent run won).
     *
     * @return the id of the letter holding the key
     */
    UUID insertIfAbsent(UUID id, UUID claimId, LetterType type, String idempotencyKey, Instant createdAt,
                        LocalDate dueDate, String contentJson) {
        jdbc.sql("""
                insert into saatava.letter (id, claim_id, letter_type, idempotency_key, created_at, due_date, content)
                values (:id, :claimId, :type, :key, :createdAt, :dueDate, cast(:content as jsonb))
                on conflict (idempotency_key) do nothing""")
                .param("id", id)
                .param("claimId", claimId)
                .param("type", type.name())
                .param("key", idempotencyKey)
                .param("createdAt", utc(createdAt))
                .param("dueDate", dueDate)
                .param("content", contentJson)
                .update();
        return findByIdempotencyKey(idempotencyKey).orElseThrow();
    }

    Optional<StoredLetter> find(UUID letterId) {
        return jdbc.sql("""
                select l.id, l.claim_id, l.letter_type, l.content::text as content, l.voided_at,
                       d.dispatched_at, d.channel
                  from saatava.letter l
                  left join saatava.letter_dispatch d on d.letter_id = l.id
                 where l.id = :id""")
                .param("id", letterId)
                .query((row, n) -> new StoredLetter(
                        row.getObject("id", UUID.class),
                        row.getObject("claim_id", UUID.class),
                        row.getString("letter_type"),
                        row.getString("content"),
                        instant(row, "dispatched_at"),
                        row.getString("channel"),
                        instant(row, "voided_at")))
                .optional();
    }

    /** Locks the letter row, so dispatching and voiding a letter never interleave. */
    Optional<LockedState> lock(UUID letterId) {
        return jdbc.sql("""
                select l.voided_at is not null as voided,
                       exists (select 1 from saatava.letter_dispatch d where d.letter_id = l.id) as dispatched
                  from saatava.letter l
                 where l.id = :id
                   for update""")
                .param("id", letterId)
                .query((row, n) -> new LockedState(row.getBoolean("voided"), row.getBoolean("dispatched")))
                .optional();
    }

    /** Voids the letter and frees its idempotency key. */
    void markVoided(UUID letterId, Instant at) {
        jdbc.sql("update saatava.letter set voided_at = :at, idempotency_key = null where id = :id")
                .param("at", utc(at))
                .param("id", letterId)
                .update();
    }

    /** @return whether this call stored the document (false: one was already stored and is kept) */
    boolean storeDocumentIfAbsent(UUID letterId, String mediaType, byte[] content, String sha256, Instant storedAt) {
        return jdbc.sql("""
                insert into saatava.letter_document (letter_id, media_type, content, sha256, stored_at)
                values (:letterId, :mediaType, :content, :sha256, :storedAt)
                on conflict (letter_id) do nothing""")
                .param("letterId", letterId)
                .param("mediaType", mediaType)
                .param("content", content)
                .param("sha256", sha256)
                .param("storedAt", utc(storedAt))
                .update() == 1;
    }

    /** The letter's stored document, if the letter belongs to the claim and has one. */
    public Optional<byte[]> document(UUID claimId, UUID letterId) {
        return jdbc.sql("""
                select doc.content from saatava.letter_document doc
                  join saatava.letter l on l.id = doc.letter_id
                 where l.id = :letterId and l.claim_id = :claimId""")
                .param("letterId", letterId)
                .param("claimId", claimId)
                .query((row, n) -> row.getBytes("content"))
                .optional();
    }

    boolean hasDocument(UUID letterId) {
        return jdbc.sql("select count(*) from saatava.letter_document where letter_id = :letterId")
                .param("letterId", letterId)
                .query(Long.class)
                .single() > 0;
    }

    /** Records the dispatch unless one is already recorded (the first report wins). */
    void recordDispatchIfAbsent(Dispatch dispatch, Instant recordedAt) {
        jdbc.sql("""
                insert into saatava.letter_dispatch (letter_id, channel, dispatched_at, recorded_at)
                values (:letterId, :channel, :dispatchedAt, :recordedAt)
                on conflict (letter_id) do nothing""")
                .param("letterId", dispatch.letterId())
                .param("channel", dispatch.channel().name())
                .param("dispatchedAt", utc(dispatch.dispatchedAt()))
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    Optional<Dispatch> findDispatch(UUID letterId) {
        return jdbc.sql("select letter_id, channel, dispatched_at from saatava.letter_dispatch where letter_id = :id")
                .param("id", letterId)
                .query((row, n) -> new Dispatch(row.getObject("letter_id", UUID.class),
                        DispatchChannel.valueOf(row.getString("channel")), instant(row, "dispatched_at")))
                .optional();
    }

    /** The claim's letters, oldest first, voided ones included. */
    public List<LetterSummary> summaries(UUID claimId) {
        return jdbc.sql("""
                select l.id, l.letter_type, l.created_at, l.due_date, l.voided_at,
                       (doc.letter_id is not null) as document_stored, d.dispatched_at, d.channel
                  from saatava.letter l
                  left join saatava.letter_dispatch d on d.letter_id = l.id
                  left join saatava.letter_document doc on doc.letter_id = l.id
                 where l.claim_id = :claimId
                 order by l.created_at, l.id""")
                .param("claimId", claimId)
                .query(LetterRepository::summary)
                .list();
    }

    private static LetterSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new LetterSummary(
                row.getObject("id", UUID.class),
                LetterType.valueOf(row.getString("letter_type")),
                instant(row, "created_at"),
                row.getObject("due_date", LocalDate.class),
                row.getBoolean("document_stored"),
                instant(row, "dispatched_at"),
                row.getString("channel"),
                instant(row, "voided_at"));
    }
}
