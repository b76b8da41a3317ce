package fi.saatava.gateway.creditors;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.gateway.database.Timestamps;
import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Creditors in schema {@code saatava}. */
@Repository
public class CreditorRepository {

    private static final String COLUMNS = """
            id, name, business_id, settlement_iban, street, postal_code, city, country, contact_name,
            contact_email, contact_phone, letter_language, commission_percent, commission_fixed_fee, fee_share_percent,
            settlement_interval, created_at""";

    private final JdbcClient jdbc;

    CreditorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if a creditor with the same business id exists (nothing is stored then) */
    boolean insertIfNew(Creditor creditor) {
        return jdbc.sql("""
                insert into saatava.creditor (%s)
                values (:id, :name, :businessId, :iban, :street, :postalCode, :city, :country, :contactName,
                        :contactEmail, :contactPhone, :letterLanguage, :commissionPercent, :fixedFee, :feeSharePercent,
                        :settlementInterval, :createdAt)
                on conflict (business_id) do nothing""".formatted(COLUMNS))
                .param("id", creditor.id())
                .param("name", creditor.name())
                .param("businessId", creditor.businessId())
                .param("iban", creditor.settlementIban())
                .param("street", creditor.address().street())
                .param("postalCode", creditor.address().postalCode())
                .param("city", creditor.address().city())
                .param("country", creditor.address().country())
                .param("contactName", creditor.contact().name())
                .param("contactEmail", creditor.contact().email())
                .param("contactPhone", creditor.contact().phone())
                .param("letterLanguage", creditor.letterLanguage())
                .param("commissionPercent", creditor.commission().percent())
                .param("fixedFee", creditor.commission().fixedFeePerClaim().toBigDecimal())
                .param("feeSharePercent", creditor.commission().feeSharePercent())
                .param("settlementInterval", creditor.settlementInterval().name())
                .param("createdAt", Timestamps.utc(creditor.createdAt()))
                .update() == 1;
    }

    /** @return false if there is no such creditor */
    boolean changeSettlementInterval(UUID id, SettlementInterval interval) {
        return jdbc.sql("update saatava.creditor set settlement_interval = :interval where id = :id")
                .param("interval", interval.name()).param("id", id).update() == 1;
    }

    public Optional<Creditor> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from saatava.creditor where id = :id")
                .param("id", id)
                .query(CreditorRepository::creditor)
                .optional();
    }

    /** The creditor a claim or letter refers to, which must exist. */
    public Creditor require(UUID id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No creditor " + id));
    }

    List<Creditor> all() {
        return jdbc.sql("select " + COLUMNS + " from saatava.creditor order by name, id")
                .query(CreditorRepository::creditor)
                .list();
    }

    private static Creditor creditor(ResultSet row, int rowNumber) throws SQLException {
        return new Creditor(
                row.getObject("id", UUID.class),
                row.getString("name"),
                row.getString("business_id"),
                row.getString("settlement_iban"),
                new PostalAddress(row.getString("street"), row.getString("postal_code"), row.getString("city"),
                        row.getString("country")),
                new Creditor.Contact(row.getString("contact_name"), row.getString("contact_email"),
                        row.getString("contact_phone")),
                row.getString("letter_language"),
                new Creditor.Commission(row.getObject("commission_percent", BigDecimal.class),
                        Money.of(row.getObject("commission_fixed_fee", BigDecimal.class)),
                        row.getObject("fee_share_percent", BigDecimal.class)),
                SettlementInterval.valueOf(row.getString("settlement_interval")),
                Timestamps.instant(row, "created_at"));
    }
}
