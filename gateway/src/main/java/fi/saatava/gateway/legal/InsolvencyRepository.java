package fi.saatava.gateway.legal;

import static fi.saatava.gateway.database.Timestamps.instant;
import static fi.saatava.gateway.database.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.claims.PostalAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Insolvency proceedings in schema {@code saatava}; a claim has at most one running at a time. */
@Repository
class InsolvencyRepository {

    private final JdbcClient jdbc;

    InsolvencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The claim's running proceedings, locked until commit so notices and delegates never interleave. */
    Optional<InsolvencyProceeding> lockRunning(UUID claimId) {
        return jdbc.sql("select * from saatava.insolvency_proceeding where claim_id = :claimId and ended_at is null "
                        + "for update")
                .param("claimId", claimId)
                .query(InsolvencyRepository::proceeding)
                .optional();
    }

    Optional<InsolvencyProceeding> running(UUID claimId) {
        return jdbc.sql("select * from saatava.insolvency_proceeding where claim_id = :claimId and ended_at is null")
                .param("claimId", claimId)
                .query(InsolvencyRepository::proceeding)
                .optional();
    }

    List<InsolvencyProceeding> all(UUID claimId) {
        return jdbc.sql("select * from saatava.insolvency_proceeding where claim_id = :claimId order by notified_at")
                .param("claimId", claimId)
                .query(InsolvencyRepository::proceeding)
                .list();
    }

    void insert(UUID claimId, InsolvencyProceeding.Details details, Instant notifiedAt) {
        jdbc.sql("""
                insert into saatava.insolvency_proceeding (id, claim_id, procedure, notified_at)
                values (:id, :claimId, :procedure, :notifiedAt)""")
                .param("id", UUID.randomUUID())
                .param("claimId", claimId)
                .param("procedure", details.procedure())
                .param("notifiedAt", utc(notifiedAt))
                .update();
        running(claimId).ifPresent(proceeding -> update(proceeding.id(), details));
    }

    /** Fills in the details given; a detail left out keeps its recorded value. */
    void update(UUID id, InsolvencyProceeding.Details details) {
        InsolvencyProceeding.Administrator administrator = details.administrator();
        PostalAddress address = administrator == null ? null : administrator.address();
        jdbc.sql("""
                update saatava.insolvency_proceeding
                   set case_number = coalesce(:caseNumber, case_number),
                       start_date = coalesce(:startDate, start_date),
                       lodging_deadline = coalesce(:lodgingDeadline, lodging_deadline),
                       administrator_name = coalesce(:name, administrator_name),
                       administrator_email = coalesce(:email, administrator_email),
                       administrator_street = coalesce(:street, administrator_street),
                       administrator_postal_code = coalesce(:postalCode, administrator_postal_code),
                       administrator_city = coalesce(:city, administrator_city)
                 where id = :id""")
                .param("caseNumber", details.caseNumber())
                .param("startDate", details.startDate())
                .param("lodgingDeadline", details.lodgingDeadline())
                .param("name", administrator == null ? null : administrator.name())
                .param("email", administrator == null ? null : administrator.email())
                .param("street", address == null ? null : address.street())
                .param("postalCode", address == null ? null : address.postalCode())
                .param("city", address == null ? null : address.city())
                .param("id", id)
                .update();
    }

    void markFrozen(UUID id, Instant at) {
        jdbc.sql("update saatava.insolvency_proceeding set frozen_at = coalesce(frozen_at, :at) where id = :id")
                .param("at", utc(at))
                .param("id", id)
                .update();
    }

    void recordProgrammeEnd(UUID id, LocalDate endDate) {
        jdbc.sql("update saatava.insolvency_proceeding set programme_end_date = :endDate where id = :id")
                .param("endDate", endDate)
                .param("id", id)
                .update();
    }

    void end(UUID id, String reason, Instant at) {
        jdbc.sql("update saatava.insolvency_proceeding set ended_at = :at, end_reason = :reason where id = :id")
                .param("at", utc(at))
                .param("reason", reason)
                .param("id", id)
                .update();
    }

    private static InsolvencyProceeding proceeding(ResultSet row, int rowNumber) throws SQLException {
        String administratorName = row.getString("administrator_name");
        String street = row.getString("administrator_street");
        return new InsolvencyProceeding(
                row.getObject("id", UUID.class),
                row.getObject("claim_id", UUID.class),
                row.getString("procedure"),
                row.getString("case_number"),
                row.getObject("start_date", LocalDate.class),
                row.getObject("lodging_deadline", LocalDate.class),
                administratorName == null ? null : new InsolvencyProceeding.Administrator(administratorName,
                        row.getString("administrator_email"), street == null ? null
                        : new PostalAddress(street, row.getString("administrator_postal_code"),
                                row.getString("administrator_city"), "FI")),
                instant(row, "notified_at"),
                instant(row, "frozen_at"),
                row.getObject("programme_end_date", LocalDate.class),
                instant(row, "ended_at"),
                row.getString("end_reason"));
    }
}
