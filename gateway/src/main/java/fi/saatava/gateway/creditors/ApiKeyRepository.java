package fi.saatava.gateway.creditors;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API keys in schema {@code saatava}: only their hashes. */
@Repository
class ApiKeyRepository {

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID creditorId, String sha256, String prefix, Instant createdAt) {
        jdbc.sql("""
                insert into saatava.creditor_api_key (id, creditor_id, key_sha256, key_prefix, created_at)
                values (:id, :creditorId, :sha256, :prefix, :createdAt)""")
                .param("id", id)
                .param("creditorId", creditorId)
                .param("sha256", sha256)
                .param("prefix", prefix)
                .param("createdAt", Timestamps.utc(createdAt))
                .update();
    }

    /** The creditor holding an unrevoked key with this hash. */
    Optional<ApiKeys.KeyHolder> activeHolder(String sha256) {
        return jdbc.sql("""
                select c.id, c.name
                  from saatava.creditor_api_key k
                  join saatava.creditor c on c.id = k.creditor_id
                 where k.key_sha256 = :sha256 and k.revoked_at is null""")
                .param("sha256", sha256)
                .query((row, n) -> new ApiKeys.KeyHolder(row.getObject("id", UUID.class), row.getString("name")))
                .optional();
    }

    /** @return whether the key exists for this creditor (revoked or not) */
    boolean revoke(UUID creditorId, UUID keyId, Instant at) {
        jdbc.sql("""
                update saatava.creditor_api_key set revoked_at = :at
                 where id = :id and creditor_id = :creditorId and revoked_at is null""")
                .param("at", Timestamps.utc(at))
                .param("id", keyId)
                .param("creditorId", creditorId)
                .update();
        return jdbc.sql("select count(*) from saatava.creditor_api_key where id = :id and creditor_id = :creditorId")
                .param("id", keyId)
                .param("creditorId", creditorId)
                .query(Long.class)
                .single() == 1;
    }

    void revokeAllBut(UUID creditorId, UUID keptKeyId, Instant at) {
        jdbc.sql("""
                update saatava.creditor_api_key set revoked_at = :at
                 where creditor_id = :creditorId and id <> :kept and revoked_at is null""")
                .param("at", Timestamps.utc(at))
                .param("creditorId", creditorId)
                .param("kept", keptKeyId)
                .update();
    }

    List<ApiKeyView> keysOf(UUID creditorId) {
        return jdbc.sql("""
                select id, key_prefix, created_at, revoked_at from saatava.creditor_api_key
                 where creditor_id = :creditorId order by created_at, id""")
                .param("creditorId", creditorId)
                .query((row, n) -> new ApiKeyView(row.getObject("id", UUID.class), row.getString("key_prefix"),
                        Timestamps.instant(row, "created_at"), Timestamps.instant(row, "revoked_at")))
                .list();
    }
}
