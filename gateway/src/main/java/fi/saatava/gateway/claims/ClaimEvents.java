package fi.saatava.gateway.claims;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import fi.saatava.process.ProcessContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records what the collection process decides about a claim besides its letters. Each record is idempotent: the
 * first close and the first 4 c § request are kept, and a notice is recorded once per notifying task.
 */
@Service
public class ClaimEvents {

    private static final Logger log = LoggerFactory.getLogger(ClaimEvents.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    ClaimEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A notice the creditor sees through the claim API. */
    public record CreditorNotice(String notice, Instant createdAt) {
    }

    /** @param reason one of {@code ProcessContract.CloseReasons}, as the model passes it */
    public void close(UUID claimId, String reason) {
        jdbc.sql("""
                update saatava.claim set closed_at = :at, close_reason = :reason
                 where id = :id and closed_at is null""")
                .param("at", Timestamps.utc(clock.instant()))
                .param("reason", reason)
                .param("id", claimId)
                .update();
        log.info("Claim {} closed: {}", claimId, reason);
    }

    /**
     * Closes the claim as paid in full on {@code paidOn} ({@code ProcessContract.CloseReasons.PAID}), unless it is
     * closed already; the payment notice to the credit register states that day (spec §10).
     */
    public void closePaid(UUID claimId, LocalDate paidOn) {
        jdbc.sql("""
                update saatava.claim set closed_at = :at, close_reason = :reason, paid_on = :paidOn
                 where id = :id and closed_at is null""")
                .param("at", Timestamps.utc(clock.instant()))
                .param("reason", ProcessContract.CloseReasons.PAID)
                .param("paidOn", paidOn)
                .param("id", claimId)
                .update();
        log.info("Claim {} closed: paid in full on {}", claimId, paidOn);
    }

    /** The consumer asked to suspend collection and move to legal collection (PerintäL 4 c §): no more costs. */
    public void recordLegalCollectionRequest(UUID claimId) {
        jdbc.sql("""
                update saatava.claim set legal_collection_requested_at = :at
                 where id = :id and legal_collection_requested_at is null""")
                .param("at", Timestamps.utc(clock.instant()))
                .param("id", claimId)
                .update();
        log.info("Claim {}: the debtor asked for legal collection (4 c §)", claimId);
    }

    /** @param notice one of {@code ProcessContract.CreditorNotices}, as the model passes it */
    public void notifyCreditor(UUID claimId, String notice, String activityInstanceId) {
        jdbc.sql("""
                insert into saatava.creditor_notice (id, claim_id, notice, created_at, activity_instance_id)
                values (:id, :claimId, :notice, :at, :activityInstanceId)
                on conflict (activity_instance_id) do nothing""")
                .param("id", UUID.randomUUID())
                .param("claimId", claimId)
                .param("notice", notice)
                .param("at", Timestamps.utc(clock.instant()))
                .param("activityInstanceId", activityInstanceId)
                .update();
        log.info("Claim {}: notice {} for the creditor", claimId, notice);
    }

    public List<CreditorNotice> notices(UUID claimId) {
        return jdbc.sql("""
                select notice, created_at from saatava.creditor_notice
                 where claim_id = :claimId order by created_at, id""")
                .param("claimId", claimId)
                .query((row, n) -> new CreditorNotice(row.getString("notice"),
                        Timestamps.instant(row, "created_at")))
                .list();
    }
}
