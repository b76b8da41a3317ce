package fi.saatava.gateway.claims;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claim, its debtor and its invoice in schema {@code saatava}. */
@Repository
public class ClaimRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batchJdbc;

    ClaimRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
    }

    /** Bases for {@code count} reference numbers in one round trip; a sequence never hands out a number twice. */
    List<Long> nextReferenceBases(int count) {
        return jdbc.sql("select nextval('saatava.reference_number_base') from generate_series(1, :count)")
                .param("count", count)
                .query(Long.class)
                .list();
    }

    /** How a claim was submitted, for answering a replay of its creditor reference. */
    record StoredSubmission(UUID claimId, String requestSha256) {
    }

    /** The creditor's claims stored under any of the (trimmed) references, by reference; one round trip. */
    Map<String, StoredSubmission> findSubmissions(UUID creditorId, Collection<String> creditorReferences) {
        Map<String, StoredSubmission> submissions = new HashMap<>();
        // A join with the references, not "in (…)": on a young table whose statistics lag (a first large batch)
        // the planner may scan it, and then compares every row with every reference.
        jdbc.sql("""
                select c.creditor_reference, c.id, c.request_sha256
                  from unnest(cast(:creditorReferences as text[])) as reference (creditor_reference)
                  join saatava.claim c on c.creditor_id = :creditorId
                                      and c.creditor_reference = reference.creditor_reference""")
                .param("creditorId", creditorId)
                .param("creditorReferences", creditorReferences.toArray(String[]::new))
                .query((ResultSet row) -> {
                    submissions.put(row.getString("creditor_reference"), new StoredSubmission(
                            row.getObject("id", UUID.class), row.getString("request_sha256")));
                });
        return submissions;
    }

    /** A claim to store, with the fingerprint of the request it came from. */
    record NewClaim(Claim claim, String requestSha256) {
    }

    /**
     * Stores the claims with their debtors, invoices and invoice lines: one batch per table, so storing a hundred
     * claims takes as many round trips as storing one.
     *
     * @throws org.springframework.dao.DuplicateKeyException if a creditor reference is taken
     */
    void insertAll(List<NewClaim> newClaims) {
        batch("""
                insert into saatava.claim (id, creditor_id, creditor_reference, reference_number, received_at,
                                           request_sha256, consumer_claim, commercial_payment, directly_enforceable,
                                           contractual_interest_rate, original_creditor_name)
                values (:id, :creditorId, :creditorReference, :referenceNumber, :receivedAt, :requestSha256,
                        :consumerClaim, :commercialPayment, :directlyEnforceable, :contractualInterestRate,
                        :originalCreditorName)""", newClaims.stream().map(newClaim -> {
            Claim claim = newClaim.claim();
            ClaimTerms terms = claim.terms();
            return new MapSqlParameterSource()
                    .addValue("id", claim.id())
                    .addValue("creditorId", claim.creditorId())
                    .addValue("creditorReference", claim.creditorReference())
                    .addValue("referenceNumber", claim.referenceNumber())
                    .addValue("receivedAt", Timestamps.utc(claim.receivedAt()))
                    .addValue("requestSha256", newClaim.requestSha256())
                    .addValue("consumerClaim", terms.consumerClaim())
                    .addValue("commercialPayment", terms.commercialPayment())
                    .addValue("directlyEnforceable", terms.directlyEnforceable())
                    .addValue("contractualInterestRate", terms.contractualInterestRate())
                    .addValue("originalCreditorName", claim.originalCreditorName());
        }).toList());
        batch("""
                insert into saatava.debtor
                  (id, claim_id, debtor_type, name, identity_code, street, postal_code, city, country, language,
                   email, phone, electronic_letters_consent_on)
                values (:id, :claimId, :type, :name, :identityCode, :street, :postalCode, :city, :country, :language,
                        :email, :phone, :consentOn)""", newClaims.stream().map(newClaim -> {
            Debtor debtor = newClaim.claim().debtor();
            return new MapSqlParameterSource()
                    .addValue("id", UUID.randomUUID())
                    .addValue("claimId", newClaim.claim().id())
                    .addValue("type", debtor.type().name())
                    .addValue("name", debtor.name())
                    .addValue("identityCode", debtor.identityCode())
                    .addValue("street", debtor.address().street())
                    .addValue("postalCode", debtor.address().postalCode())
                    .addValue("city", debtor.address().city())
                    .addValue("country", debtor.address().country())
                    .addValue("language", debtor.language())
                    .addValue("email", debtor.email())
                    .addValue("phone", debtor.phone())
                    .addValue("consentOn", debtor.electronicLettersConsent() == null ? null
                            : debtor.electronicLettersConsent().givenOn());
        }).toList());
        batch("""
                insert into saatava.invoice (claim_id, invoice_number, invoice_date, due_date, principal, description,
                                             reminder_already_sent, reminder_sent_on)
                values (:claimId, :number, :invoiceDate, :dueDate, :principal, :description,
                        :reminderAlreadySent, :reminderSentOn)""", newClaims.stream().map(newClaim -> {
            Invoice invoice = newClaim.claim().invoice();
            return new MapSqlParameterSource()
                    .addValue("claimId", newClaim.claim().id())
                    .addValue("number", invoice.number())
                    .addValue("invoiceDate", invoice.invoiceDate())
                    .addValue("dueDate", invoice.dueDate())
                    .addValue("principal", invoice.principal().toBigDecimal())
                    .addValue("description", invoice.description())
                    .addValue("reminderAlreadySent", invoice.reminderSentOn() != null)
                    .addValue("reminderSentOn", invoice.reminderSentOn());
        }).toList());
        batch("""
                insert into saatava.invoice_line (claim_id, line_number, description, amount)
                values (:claimId, :lineNumber, :description, :amount)""", newClaims.stream()
                .flatMap(newClaim -> newClaim.claim().invoice().lines().stream().map(line -> new MapSqlParameterSource()
                        .addValue("claimId", newClaim.claim().id())
                        .addValue("lineNumber", line.lineNumber())
                        .addValue("description", line.description())
                        .addValue("amount", line.amount().toBigDecimal())))
                .toList());
    }

    /** Records each new claim's process instance, by claim id; one round trip. */
    void recordProcessInstances(Map<UUID, String> processInstanceIds) {
        batch("update saatava.claim set process_instance_id = :processInstanceId where id = :id",
                processInstanceIds.entrySet().stream().map(claim -> new MapSqlParameterSource()
                        .addValue("id", claim.getKey())
                        .addValue("processInstanceId", claim.getValue())).toList());
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            batchJdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    public Optional<Claim> find(UUID id) {
        return jdbc.sql("""
                select c.id, c.creditor_id, c.creditor_reference, c.reference_number, c.received_at,
                       c.process_instance_id, c.legal_collection_requested_at, c.closed_at, c.close_reason,
                       c.paid_on,
                       c.consumer_claim, c.commercial_payment, c.directly_enforceable, c.contractual_interest_rate,
                       c.original_creditor_name,
                       d.debtor_type, d.name, d.identity_code, d.street, d.postal_code, d.city, d.country, d.language,
                       d.email, d.phone, d.electronic_letters_consent_on,
                       i.invoice_number, i.invoice_date, i.due_date, i.principal, i.description, i.reminder_sent_on
                  from saatava.claim c
                  join saatava.debtor d on d.claim_id = c.id
                  join saatava.invoice i on i.claim_id = c.id
                 where c.id = :id""")
                .param("id", id)
                .query((row, n) -> claim(row, lines(id)))
                .optional();
    }

    private List<InvoiceLine> lines(UUID claimId) {
        return jdbc.sql("""
                select line_number, description, amount from saatava.invoice_line
                 where claim_id = :claimId order by line_number""")
                .param("claimId", claimId)
                .query((row, n) -> new InvoiceLine(row.getInt("line_number"), row.getString("description"),
                        Money.of(row.getObject("amount", BigDecimal.class))))
                .list();
    }

    /** Locks the claim's row until the transaction ends, so changes to one claim never interleave. */
    public void lock(UUID id) {
        jdbc.sql("select id from saatava.claim where id = :id for update")
                .param("id", id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No claim " + id));
    }

    /** The claim if it exists and belongs to the creditor: no creditor learns of another's claims. */
    public Optional<Claim> findOfCreditor(UUID creditorId, UUID id) {
        return find(id).filter(claim -> claim.creditorId().equals(creditorId));
    }

    /** The claim a process or a letter refers to, which must exist. */
    public Claim require(UUID id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No claim " + id));
    }

    private static Claim claim(ResultSet row, List<InvoiceLine> lines) throws SQLException {
        LocalDate consentOn = row.getObject("electronic_letters_consent_on", LocalDate.class);
        Debtor debtor = new Debtor(
                DebtorType.valueOf(row.getString("debtor_type")),
                row.getString("name"),
                row.getString("identity_code"),
                new PostalAddress(row.getString("street"), row.getString("postal_code"), row.getString("city"),
                        row.getString("country")),
                row.getString("language"),
                row.getString("email"),
                row.getString("phone"),
                consentOn == null ? null : new ElectronicLettersConsent(consentOn));
        Invoice invoice = new Invoice(
                row.getString("invoice_number"),
                row.getObject("invoice_date", LocalDate.class),
                row.getObject("due_date", LocalDate.class),
                Money.of(row.getObject("principal", BigDecimal.class)),
                row.getString("description"),
                row.getObject("reminder_sent_on", LocalDate.class),
                lines);
        ClaimTerms terms = new ClaimTerms(row.getBoolean("consumer_claim"), row.getBoolean("commercial_payment"),
                row.getBoolean("directly_enforceable"), row.getObject("contractual_interest_rate", BigDecimal.class));
        return new Claim(
                row.getObject("id", UUID.class),
                row.getObject("creditor_id", UUID.class),
                row.getString("creditor_reference"),
                row.getString("reference_number"),
                Timestamps.instant(row, "received_at"),
                debtor,
                invoice,
                terms,
                row.getString("original_creditor_name"),
                row.getString("process_instance_id"),
                Timestamps.instant(row, "legal_collection_requested_at"),
                row.getString("close_reason") == null ? null
                        : new Claim.Closure(row.getString("close_reason"), Timestamps.instant(row, "closed_at"),
                                row.getObject("paid_on", LocalDate.class)));
    }
}
