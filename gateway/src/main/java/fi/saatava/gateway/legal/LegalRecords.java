package fi.saatava.gateway.legal;

import static fi.saatava.gateway.database.Timestamps.instant;
import static fi.saatava.gateway.database.Timestamps.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Filings, court decisions, enforcement outcomes and post-collection steps in schema {@code saatava}. Each write is
 * idempotent: a filing id, and a recording task's activity instance, is written once.
 */
@Repository
public class LegalRecords {

    private final JdbcClient jdbc;

    LegalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the filing unless its id is taken; returns whether this one was stored. */
    boolean insertFilingIfAbsent(Filing filing) {
        return jdbc.sql("""
                insert into saatava.filing (id, claim_id, kind, prepared_on, document, created_at)
                values (:id, :claimId, :kind, :preparedOn, :document, :createdAt)
                on conflict (id) do nothing""")
                .param("id", filing.id())
                .param("claimId", filing.claimId())
                .param("kind", filing.kind().name())
                .param("preparedOn", filing.preparedOn())
                .param("document", filing.document())
                .param("createdAt", utc(filing.createdAt()))
                .update() == 1;
    }

    public Optional<Filing> findFiling(String id) {
        return jdbc.sql("select * from saatava.filing where id = :id")
                .param("id", id)
                .query(LegalRecords::filing)
                .optional();
    }

    /** The claim's filings, oldest first. */
    public List<Filing> filings(UUID claimId) {
        return jdbc.sql("select * from saatava.filing where claim_id = :claimId order by created_at, id")
                .param("claimId", claimId)
                .query(LegalRecords::filing)
                .list();
    }

    /** Records the receipt unless one is recorded already (the first wins); returns whether this one was stored. */
    boolean recordReceiptIfAbsent(String filingId, Filing.Receipt receipt, Instant recordedAt) {
        return jdbc.sql("""
                update saatava.filing
                   set authority = :authority, reference = :reference, received_at = :receivedAt, fee = :fee,
                       receipt_recorded_at = :recordedAt
                 where id = :id and received_at is null""")
                .param("authority", receipt.authority())
                .param("reference", receipt.reference())
                .param("receivedAt", utc(receipt.receivedAt()))
                .param("fee", receipt.fee() == null ? null : receipt.fee().toBigDecimal())
                .param("recordedAt", utc(recordedAt))
                .param("id", filingId)
                .update() == 1;
    }

    void recordCourtDecision(CourtDecisionRecord decision, String activityInstanceId) {
        jdbc.sql("""
                insert into saatava.court_decision (id, claim_id, filing_id, decision, judgment_date, case_number,
                                                    legal_costs, recorded_at, activity_instance_id)
                values (:id, :claimId, :filingId, :decision, :judgmentDate, :caseNumber, :legalCosts, :recordedAt,
                        :activityInstanceId)
                on conflict (activity_instance_id) do nothing""")
                .param("id", UUID.randomUUID())
                .param("claimId", decision.claimId())
                .param("filingId", decision.filingId())
                .param("decision", decision.decision())
                .param("judgmentDate", decision.judgmentDate())
                .param("caseNumber", decision.caseNumber())
                .param("legalCosts", decision.legalCosts() == null ? null : decision.legalCosts().toBigDecimal())
                .param("recordedAt", utc(decision.recordedAt()))
                .param("activityInstanceId", activityInstanceId)
                .update();
    }

    /** The claim's court decisions, oldest first. */
    public List<CourtDecisionRecord> courtDecisions(UUID claimId) {
        return jdbc.sql("""
                select * from saatava.court_decision where claim_id = :claimId order by recorded_at, id""")
                .param("claimId", claimId)
                .query((row, n) -> new CourtDecisionRecord(
                        row.getObject("claim_id", UUID.class),
                        row.getString("filing_id"),
                        row.getString("decision"),
                        row.getObject("judgment_date", LocalDate.class),
                        row.getString("case_number"),
                        money(row, "legal_costs"),
                        instant(row, "recorded_at")))
                .list();
    }

    /** @param remittanceEntry a remittance's PAYMENT entry in the ledger, null for a no-assets certificate */
    void recordEnforcementOutcome(EnforcementOutcomeRecord outcome, UUID remittanceEntry, String activityInstanceId) {
        jdbc.sql("""
                insert into saatava.enforcement_outcome (id, claim_id, filing_id, outcome, case_number,
                       collected_amount, remittance_fee, remittance_date, certificate_date,
                       passive_registration_ends_on, recorded_at, activity_instance_id, ledger_entry_id)
                values (:id, :claimId, :filingId, :outcome, :caseNumber, :collected, :fee, :remittanceDate,
                        :certificateDate, :passiveEnds, :recordedAt, :activityInstanceId, :entryId)
                on conflict (activity_instance_id) do nothing""")
                .param("id", UUID.randomUUID())
                .param("claimId", outcome.claimId())
                .param("filingId", outcome.filingId())
                .param("outcome", outcome.outcome())
                .param("caseNumber", outcome.caseNumber())
                .param("collected", decimal(outcome.collectedAmount()))
                .param("fee", decimal(outcome.remittanceFee()))
                .param("remittanceDate", outcome.remittanceDate())
                .param("certificateDate", outcome.certificateDate())
                .param("passiveEnds", outcome.passiveRegistrationEndsOn())
                .param("recordedAt", utc(outcome.recordedAt()))
                .param("activityInstanceId", activityInstanceId)
                .param("entryId", remittanceEntry)
                .update();
    }

    /** The claim's enforcement outcomes, oldest first. */
    public List<EnforcementOutcomeRecord> enforcementOutcomes(UUID claimId) {
        return jdbc.sql("""
                select * from saatava.enforcement_outcome where claim_id = :claimId order by recorded_at, id""")
                .param("claimId", claimId)
                .query((row, n) -> new EnforcementOutcomeRecord(
                        row.getObject("claim_id", UUID.class),
                        row.getString("filing_id"),
                        row.getString("outcome"),
                        row.getString("case_number"),
                        money(row, "collected_amount"),
                        money(row, "remittance_fee"),
                        row.getObject("remittance_date", LocalDate.class),
                        row.getObject("certificate_date", LocalDate.class),
                        row.getObject("passive_registration_ends_on", LocalDate.class),
                        instant(row, "recorded_at")))
                .list();
    }

    void recordPostCollectionStep(UUID claimId, PostCollectionStepRecord step, String activityInstanceId) {
        jdbc.sql("""
                insert into saatava.post_collection_step (id, claim_id, step, due_on, explanation, recorded_at,
                                                          activity_instance_id)
                values (:id, :claimId, :step, :dueOn, :explanation, :recordedAt, :activityInstanceId)
                on conflict (activity_instance_id) do nothing""")
                .param("id", UUID.randomUUID())
                .param("claimId", claimId)
                .param("step", step.step())
                .param("dueOn", step.dueOn())
                .param("explanation", step.explanation())
                .param("recordedAt", utc(step.recordedAt()))
                .param("activityInstanceId", activityInstanceId)
                .update();
    }

    /** The steps post-collection scheduled for the claim, oldest first. */
    public List<PostCollectionStepRecord> postCollectionSteps(UUID claimId) {
        return jdbc.sql("""
                select * from saatava.post_collection_step where claim_id = :claimId order by recorded_at, id""")
                .param("claimId", claimId)
                .query((row, n) -> new PostCollectionStepRecord(row.getString("step"),
                        row.getObject("due_on", LocalDate.class), row.getString("explanation"),
                        instant(row, "recorded_at")))
                .list();
    }

    /**
     * When the insolvency proceedings a claim was lodged in ended (Finnish day), empty while they run: the proceedings
     * running when the filing was prepared.
     */
    Optional<LocalDate> insolvencyEndedOn(Filing lodging) {
        return jdbc.sql("""
                select (ended_at at time zone 'Europe/Helsinki')::date as ended_on
                  from saatava.insolvency_proceeding
                 where claim_id = :claimId and notified_at <= :filedAt and ended_at is not null and ended_at >= :filedAt
                 order by ended_at limit 1""")
                .param("claimId", lodging.claimId())
                .param("filedAt", utc(lodging.createdAt()))
                .query(LocalDate.class)
                .optional();
    }

    private static Filing filing(ResultSet row, int rowNumber) throws SQLException {
        Instant receivedAt = instant(row, "received_at");
        return new Filing(
                row.getString("id"),
                row.getObject("claim_id", UUID.class),
                FilingKind.valueOf(row.getString("kind")),
                row.getObject("prepared_on", LocalDate.class),
                row.getString("document"),
                instant(row, "created_at"),
                receivedAt == null ? null : new Filing.Receipt(row.getString("authority"), row.getString("reference"),
                        receivedAt, money(row, "fee")));
    }

    private static Money money(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getObject(column, BigDecimal.class);
        return value == null ? null : Money.of(value);
    }

    private static BigDecimal decimal(Money money) {
        return money == null ? null : money.toBigDecimal();
    }
}
