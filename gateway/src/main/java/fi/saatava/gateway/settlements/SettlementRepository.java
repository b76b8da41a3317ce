package fi.saatava.gateway.settlements;

import static fi.saatava.gateway.database.Timestamps.instant;
import static fi.saatava.gateway.database.Timestamps.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.saatava.gateway.creditors.Creditor;
import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Settlement runs, settlements, their lines and the ledger entries they settled; reads the ledger's client-funds
 * entries without changing them: PAYMENT and REVERSAL entries with source CLIENT_FUNDS, and the PAYMENT entries of
 * enforcement remittances (source ENFORCEMENT) whose cash the authority's bank credit confirmed (spec §9). A
 * remittance counts from its confirmation: before it, there is no money to settle.
 */
@Repository
class SettlementRepository {

    /** The client-funds entries not settled yet, with when their money was in and any remittance fee withheld. */
    private static final String CLIENT_FUNDS_ENTRIES = """
              from saatava.ledger_entry e
              join saatava.claim c on c.id = e.claim_id
              left join saatava.enforcement_outcome o on o.ledger_entry_id = e.id
              left join saatava.payment p on p.id = o.confirming_payment_id and p.state = 'ENFORCEMENT_REMITTANCE'
              left join saatava.ledger_entry_line l on l.entry_id = e.id
             where e.entry_type in ('PAYMENT', 'REVERSAL')
               and (e.source = 'CLIENT_FUNDS' or (e.source = 'ENFORCEMENT' and p.id is not null))
               and not exists (select 1 from saatava.settled_entry s where s.ledger_entry_id = e.id)""";

    /** When an entry's money was on the client-funds account: its booking, or a remittance's confirming credit. */
    private static final String FUNDS_IN_BY_CUTOFF = " and coalesce(p.received_at, e.booked_at) <= :cutoff ";

    /** What each such entry brought in; {@code %s} adds conditions. */
    private static final String UNSETTLED_ENTRIES = """
            select e.id, e.claim_id, c.creditor_id,
                   coalesce(-sum(l.amount) filter (where l.component = 'PRINCIPAL'), 0) as principal,
                   coalesce(-sum(l.amount) filter (where l.component = 'INTEREST'), 0) as interest,
                   coalesce(-sum(l.amount) filter (where l.component in ('COSTS', 'INTEREST_ON_COSTS')), 0) as costs,
                   coalesce(min(o.remittance_fee), 0) as remittance_fees
            """ + CLIENT_FUNDS_ENTRIES + " %s group by e.id, e.claim_id, c.creditor_id";

    private static final String SETTLEMENT_COLUMNS = """
            id, run_id, creditor_id, settled_on, principal, interest, costs, creditor_cost_share, commission,
            remittance_fees, net, commission_percent, fixed_fee_per_claim, fee_share_percent, payee_iban, created_at""";

    private final JdbcClient jdbc;

    SettlementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One client-funds ledger entry not settled yet, with what it brought in. */
    record UnsettledEntry(UUID entryId, UUID creditorId, CollectedFunds funds) {
    }

    void insertRunOnce(UUID id, String processInstanceId, Instant startedAt, Instant cutoff) {
        jdbc.sql("""
                insert into saatava.settlement_run (id, process_instance_id, started_at, cutoff)
                values (:id, :processInstanceId, :startedAt, :cutoff)
                on conflict (process_instance_id) do nothing""")
                .param("id", id).param("processInstanceId", processInstanceId)
                .param("startedAt", utc(startedAt)).param("cutoff", utc(cutoff)).update();
    }

    Optional<SettlementRun> runOfProcess(String processInstanceId) {
        return jdbc.sql("select * from saatava.settlement_run where process_instance_id = :id")
                .param("id", processInstanceId).query(SettlementRepository::run).optional();
    }

    /** The run, locked until the transaction ends: one run's steps never overlap. */
    Optional<SettlementRun> lockRun(UUID id) {
        return jdbc.sql("select * from saatava.settlement_run where id = :id for update")
                .param("id", id).query(SettlementRepository::run).optional();
    }

    List<SettlementRun> runs() {
        return jdbc.sql("select * from saatava.settlement_run order by started_at desc, id")
                .query(SettlementRepository::run).list();
    }

    void finishRun(UUID id, UUID transferFileId, Instant at) {
        jdbc.sql("update saatava.settlement_run set transfer_file_id = :fileId, finished_at = :at where id = :id")
                .param("fileId", transferFileId).param("at", utc(at)).param("id", id).update();
    }

    /** Creditors with client-funds entries booked up to the cut-off and not settled, and no settlement in the run. */
    List<UUID> creditorsToSettle(UUID runId, Instant cutoff) {
        return jdbc.sql("select distinct c.creditor_id " + CLIENT_FUNDS_ENTRIES + FUNDS_IN_BY_CUTOFF + """
                 and not exists (select 1 from saatava.settlement t
                                  where t.run_id = :runId and t.creditor_id = c.creditor_id)
                order by c.creditor_id""")
                .param("cutoff", utc(cutoff)).param("runId", runId).query(UUID.class).list();
    }

    List<UnsettledEntry> unsettledEntries(UUID creditorId, Instant cutoff) {
        return jdbc.sql(UNSETTLED_ENTRIES.formatted("and c.creditor_id = :creditorId" + FUNDS_IN_BY_CUTOFF))
                .param("creditorId", creditorId).param("cutoff", utc(cutoff))
                .query(SettlementRepository::unsettledEntry).list();
    }

    /** Every client-funds entry not settled yet, of every creditor (the client-funds report). */
    List<UnsettledEntry> allUnsettledEntries() {
        return jdbc.sql(UNSETTLED_ENTRIES.formatted("")).query(SettlementRepository::unsettledEntry).list();
    }

    /** Of these claims, those that were in a settlement already (their fixed fee was charged then). */
    Set<UUID> claimsSettledBefore(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct claim_id from saatava.settlement_line where claim_id in (:ids)")
                .param("ids", claimIds).query(UUID.class).list());
    }

    Optional<Settlement> settlementOf(UUID runId, UUID creditorId) {
        return jdbc.sql("select " + SETTLEMENT_COLUMNS + " from saatava.settlement"
                        + " where run_id = :runId and creditor_id = :creditorId")
                .param("runId", runId).param("creditorId", creditorId)
                .query(SettlementRepository::settlement).optional();
    }

    void insert(Settlement settlement, List<SettlementLine> lines, Collection<UUID> entryIds, byte[] csv,
                byte[] pdf) {
        jdbc.sql("insert into saatava.settlement (" + SETTLEMENT_COLUMNS + ", report_csv, report_pdf) " + """
                values (:id, :runId, :creditorId, :settledOn, :principal, :interest, :costs, :share, :commission,
                        :remittanceFees, :net, :percent, :fixedFee, :feeShare, :iban, :createdAt, :csv, :pdf)""")
                .param("id", settlement.id())
                .param("runId", settlement.runId())
                .param("creditorId", settlement.creditorId())
                .param("settledOn", settlement.settledOn())
                .param("principal", settlement.principal().toBigDecimal())
                .param("interest", settlement.interest().toBigDecimal())
                .param("costs", settlement.costs().toBigDecimal())
                .param("share", settlement.creditorCostShare().toBigDecimal())
                .param("commission", settlement.commission().toBigDecimal())
                .param("remittanceFees", settlement.remittanceFees().toBigDecimal())
                .param("net", settlement.net().toBigDecimal())
                .param("percent", settlement.terms().percent())
                .param("fixedFee", settlement.terms().fixedFeePerClaim().toBigDecimal())
                .param("feeShare", settlement.terms().feeSharePercent())
                .param("iban", settlement.payeeIban())
                .param("createdAt", utc(settlement.createdAt()))
                .param("csv", csv)
                .param("pdf", pdf)
                .update();
        for (SettlementLine line : lines) {
            jdbc.sql("""
                    insert into saatava.settlement_line (settlement_id, claim_id, principal, interest, costs,
                                                         creditor_cost_share, commission, fixed_fee,
                                                         remittance_fees, net)
                    values (:settlementId, :claimId, :principal, :interest, :costs, :share, :commission, :fixedFee,
                            :remittanceFees, :net)""")
                    .param("settlementId", settlement.id())
                    .param("claimId", line.claimId())
                    .param("principal", line.principal().toBigDecimal())
                    .param("interest", line.interest().toBigDecimal())
                    .param("costs", line.costs().toBigDecimal())
                    .param("share", line.creditorCostShare().toBigDecimal())
                    .param("commission", line.commission().toBigDecimal())
                    .param("fixedFee", line.fixedFee().toBigDecimal())
                    .param("remittanceFees", line.remittanceFees().toBigDecimal())
                    .param("net", line.net().toBigDecimal())
                    .update();
        }
        for (UUID entryId : entryIds) {
            // The primary key refuses an entry settled before: the transaction fails rather than pay twice.
            jdbc.sql("insert into saatava.settled_entry (ledger_entry_id, settlement_id) values (:entryId, :id)")
                    .param("entryId", entryId).param("id", settlement.id()).update();
        }
    }

    List<Settlement> settlementsOfRun(UUID runId) {
        return jdbc.sql("select " + SETTLEMENT_COLUMNS + " from saatava.settlement where run_id = :runId"
                        + " order by creditor_id")
                .param("runId", runId).query(SettlementRepository::settlement).list();
    }

    List<Settlement> settlementsOfCreditor(UUID creditorId) {
        return jdbc.sql("select " + SETTLEMENT_COLUMNS + " from saatava.settlement where creditor_id = :creditorId"
                        + " order by created_at desc, id")
                .param("creditorId", creditorId).query(SettlementRepository::settlement).list();
    }

    Optional<Settlement> find(UUID id) {
        return jdbc.sql("select " + SETTLEMENT_COLUMNS + " from saatava.settlement where id = :id")
                .param("id", id).query(SettlementRepository::settlement).optional();
    }

    List<SettlementLine> lines(UUID settlementId) {
        return jdbc.sql("""
                select l.* from saatava.settlement_line l join saatava.claim c on c.id = l.claim_id
                 where l.settlement_id = :id order by c.reference_number""")
                .param("id", settlementId)
                .query((row, n) -> new SettlementLine(row.getObject("claim_id", UUID.class),
                        money(row, "principal"), money(row, "interest"), money(row, "costs"),
                        money(row, "creditor_cost_share"), money(row, "commission"), money(row, "fixed_fee"),
                        money(row, "remittance_fees"), money(row, "net")))
                .list();
    }

    /** @param column {@code report_csv} or {@code report_pdf} */
    Optional<byte[]> report(UUID settlementId, String column) {
        return jdbc.sql("select " + column + " from saatava.settlement where id = :id")
                .param("id", settlementId).query(byte[].class).optional();
    }

    private static SettlementRun run(ResultSet row, int n) throws SQLException {
        return new SettlementRun(row.getObject("id", UUID.class), row.getString("process_instance_id"),
                instant(row, "started_at"), instant(row, "cutoff"), row.getObject("transfer_file_id", UUID.class),
                instant(row, "finished_at"));
    }

    private static UnsettledEntry unsettledEntry(ResultSet row, int n) throws SQLException {
        UUID claimId = row.getObject("claim_id", UUID.class);
        return new UnsettledEntry(row.getObject("id", UUID.class), row.getObject("creditor_id", UUID.class),
                new CollectedFunds(claimId, money(row, "principal"), money(row, "interest"), money(row, "costs"),
                        money(row, "remittance_fees")));
    }

    private static Settlement settlement(ResultSet row, int n) throws SQLException {
        return new Settlement(row.getObject("id", UUID.class), row.getObject("run_id", UUID.class),
                row.getObject("creditor_id", UUID.class), row.getObject("settled_on", LocalDate.class),
                money(row, "principal"), money(row, "interest"), money(row, "costs"),
                money(row, "creditor_cost_share"), money(row, "commission"), money(row, "remittance_fees"),
                money(row, "net"),
                new Creditor.Commission(row.getObject("commission_percent", BigDecimal.class),
                        money(row, "fixed_fee_per_claim"), row.getObject("fee_share_percent", BigDecimal.class)),
                row.getString("payee_iban"), instant(row, "created_at"));
    }

    private static Money money(ResultSet row, String column) throws SQLException {
        return Money.of(row.getObject(column, BigDecimal.class));
    }
}
