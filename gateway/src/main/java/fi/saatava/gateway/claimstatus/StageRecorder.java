package fi.saatava.gateway.claimstatus;

import java.time.Clock;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a claim's stage and the end of its process, inside the engine transaction that moved it. */
@Component
class StageRecorder {

    private final JdbcClient jdbc;
    private final Clock clock;

    StageRecorder(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void enter(UUID claimId, ClaimStage stage) {
        jdbc.sql("""
                update saatava.claim set stage = :stage, stage_changed_at = :at
                 where id = :id and stage is distinct from :stage""")
                .param("stage", stage.name())
                .param("at", Timestamps.utc(clock.instant()))
                .param("id", claimId)
                .update();
    }

    /** The claim's process ended (paid, closed, or otherwise, e.g. in insolvency proceedings). */
    void processEnded(UUID claimId) {
        jdbc.sql("update saatava.claim set ended_at = coalesce(ended_at, :at) where id = :id")
                .param("at", Timestamps.utc(clock.instant()))
                .param("id", claimId)
                .update();
    }
}
