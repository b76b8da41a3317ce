package fi.saatava.gateway.claimstatus;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims' status and stage, one claim or a creditor's filtered page. */
@Repository
class ClaimProgressRepository {

    private final JdbcClient jdbc;

    ClaimProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ClaimProgress progress(UUID claimId) {
        return jdbc.sql("select " + ClaimStatus.SQL + " as status, c.stage, c.stage_changed_at from saatava.claim c"
                        + " where c.id = :id")
                .param("id", claimId)
                .query((row, n) -> new ClaimProgress(ClaimStatus.valueOf(row.getString("status")),
                        row.getString("stage") == null ? null : ClaimStage.valueOf(row.getString("stage")),
                        Timestamps.instant(row, "stage_changed_at")))
                .single();
    }

    /** One page of the creditor's claims, newest first, and how many match in all. */
    ClaimPage page(UUID creditorId, ClaimQuery query) {
        StringBuilder where = new StringBuilder(" where c.creditor_id = :creditorId");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"creditorId", creditorId});
        condition(where, params, query.status(), " and " + ClaimStatus.SQL + " = :status", "status");
        condition(where, params, query.stage(), " and c.stage = :stage", "stage");
        condition(where, params, query.debtorType(), " and d.debtor_type = :debtorType", "debtorType");
        condition(where, params, startOf(query.receivedFrom()), " and c.received_at >= :receivedFrom",
                "receivedFrom");
        condition(where, params, startOf(query.receivedTo() == null ? null : query.receivedTo().plusDays(1)),
                " and c.received_at < :receivedTo", "receivedTo");
        condition(where, params, query.dueFrom(), " and i.due_date >= :dueFrom", "dueFrom");
        condition(where, params, query.dueTo(), " and i.due_date <= :dueTo", "dueTo");
        String from = " " + """
                from saatava.claim c
                join saatava.debtor d on d.claim_id = c.id
                join saatava.invoice i on i.claim_id = c.id""";
        JdbcClient.StatementSpec count = jdbc.sql("select count(*)" + from + where);
        JdbcClient.StatementSpec select = jdbc.sql("select c.id, c.creditor_reference, c.reference_number, "
                + "c.received_at, " + ClaimStatus.SQL + " as status, c.stage, d.debtor_type, d.name, i.principal, "
                + "i.due_date" + from + where + " order by c.received_at desc, c.id limit :limit offset :offset");
        for (Object[] param : params) {
            count = count.param((String) param[0], param[1]);
            select = select.param((String) param[0], param[1]);
        }
        long total = count.query(Long.class).single();
        List<ClaimSummary> items = select.param("limit", query.pageSize())
                .param("offset", (long) query.pageNumber() * query.pageSize())
                .query((row, n) -> new ClaimSummary(
                        row.getObject("id", UUID.class),
                        row.getString("creditor_reference"),
                        row.getString("reference_number"),
                        Timestamps.instant(row, "received_at"),
                        ClaimStatus.valueOf(row.getString("status")),
                        row.getString("stage") == null ? null : ClaimStage.valueOf(row.getString("stage")),
                        row.getString("debtor_type"),
                        row.getString("name"),
                        Money.of(row.getBigDecimal("principal")).toString(),
                        row.getObject("due_date", LocalDate.class)))
                .list();
        return new ClaimPage(items, query.pageNumber(), query.pageSize(), total,
                (int) ((total + query.pageSize() - 1) / query.pageSize()));
    }

    private static void condition(StringBuilder where, List<Object[]> params, Object value, String sql, String name) {
        if (value != null) {
            where.append(sql);
            params.add(new Object[] {name, value});
        }
    }

    /** The start of a Finnish calendar day, as filters on timestamps count days in Finland. */
    private static Object startOf(LocalDate day) {
        return day == null ? null : ZonedDateTime.of(day.atStartOfDay(), ClockConfiguration.FINLAND)
                .toOffsetDateTime();
    }
}
