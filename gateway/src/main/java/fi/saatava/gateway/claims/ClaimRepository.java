package fi.saatava.gateway.claims;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.database.Timestamps;
import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claim, its debtor and its invoice in schema {@code saatava}. */
@Repository
public class ClaimRepository {

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next base for a reference number; a sequence never hands out the same number twice. */
    long nextReferenceBase() {
        return jdbc.sql("select nextval('saatava.reference_number_base')").query(Long.class).single();
    }

    /** How a claim was submitted, for answering a replay of its creditor reference. */
    record StoredSubmission(UUID claimId, String requestSha256) {
    }

    Optional<StoredSubmission> findSubmission(UUID creditorId, String creditorReference) {
        return jdbc.sql("""
                select id, request_sha256 from saatava.claim
                 where creditor_id = :creditorId and creditor_reference = :creditorReference""")
                .param("creditorId", creditorId)
                .param("creditorReference", creditorReference.trim())
                .query((row, n) -> new StoredSubmission(row.getObject("id", UUID.class),
                        row.getString("request_sha256")))
                .optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException if the creditor reference is taken */
    void insert(Claim claim, String requestSha256) {
        ClaimTerms terms = claim.terms();
        jdbc.sql("""
                insert into saatava.claim (id, creditor_id, creditor_reference, reference_number, received_at,
                                           request_sha256, consumer_claim, commercial_payment, directly_enforceable,
                                           contractual_interest_rate, original_creditor_name)
                values (:id, :creditorId, :creditorReference, :referenceNumber, :receivedAt, :requestSha256,
                        :consumerClaim, :commercialPayment, :directlyEnforceable, :contractualInterestRate,
                        :originalCreditorName)""")
                .param("id", claim.id())
                .param("creditorId", claim.creditorId())
                .param("creditorReference", claim.creditorReference())
                .param("referenceNumber", claim.referenceNumber())
                .param("receivedAt", Timestamps.utc(claim.receivedAt()))
                .param("requestSha256", requestSha256)
                .param("consumerClaim", terms.consumerClaim())
                .param("commercialPayment", terms.commercialPayment())
                .param("directlyEnforceable", terms.directlyEnforceable())
                .param("contractualInterestRate", terms.contractualInterestRate())
                .param("originalCreditorName", claim.originalCreditorName())
                .update();
        Debtor debtor = claim.debtor();
        jdbc.sql("""
                insert into saatava.debtor
                  (id, claim_id, debtor_type, name, identity_code, street, postal_code, city, country, language,
                   email, phone, electronic_letters_consent_on)
                values (:id, :claimId, :type, :name, :identityCode, :street, :postalCode, :city, :country, :language,
                        :email, :phone, :consentOn)""")
                .param("id", UUID.randomUUID())
                .param("claimId", claim.id())
                .param("type", debtor.type().name())
                .param("name", debtor.name())
                .param("identityCode", debtor.identityCode())
                .param("street", debtor.address().street())
                .param("postalCode", debtor.address().postalCode())
                .param("city", debtor.address().city())
                .param("country", debtor.address().country())
                .param("language", debtor.language())
                .param("email", debtor.email())
                .param("phone", debtor.phone())
                .param("consentOn", debtor.electronicLettersConsent() == null ? null
                        : debtor.electronicLettersConsent().givenOn())
                .update();
        Invoice invoice = claim.invoice();
        jdbc.sql("""
                insert into saatava.invoice (claim_id, invoice_number, invoice_date, due_date, principal, description,
                                             reminder_already_sent, reminder_sent_on)
                values (:claimId, :number, :invoiceDate, :dueDate, :principal, :description,
                        :reminderAlreadySent, :reminderSentOn)""")
                .param("claimId", claim.id())
                .param("number", invoice.number())
                .param("invoiceDate", invoice.invoiceDate())
                .param("dueDate", invoice.dueDate())
                .param("principal", invoice.principal().toBigDecimal())
                .param("description", invoice.description())
                .param("reminderAlreadySent", invoice.reminderSentOn() != null)
                .param("reminderSentOn", invoice.reminderSentOn())
                .update();
        for (InvoiceLine line : invoice.lines()) {
            jdbc.sql("""
                    insert into saatava.invoice_line (claim_id, line_number, description, amount)
                    values (:claimId, :lineNumber, :description, :amount)""")
                    .param("claimId", claim.id())
                    .param("lineNumber", line.lineNumber())
                    .param("description", line.description())
                    .param("amount", line.amount().toBigDecimal())
                    .update();
        }
    }

    void recordProcessInstance(UUID claimId, String processInstanceId) {
        jdbc.sql("update saatava.claim set process_instance_id = :processInstanceId where id = :id")
                .param("processInstanceId", processInstanceId)
                .param("id", claimId)
                .update();
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
