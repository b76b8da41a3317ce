package fi.saatava.gateway.clientfunds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.gateway.agency.AgencyProperties;
import fi.saatava.gateway.database.Timestamps;
import fi.saatava.gateway.iso20022.CreditTransferBatch;
import fi.saatava.gateway.iso20022.Pain001Writer;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.calendar.FinnishCalendar;
import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Money out of the client-funds account (PerintäL 11 §): every refund and settlement leaves as a SEPA credit
 * transfer in a pain.001.001.03 file, stored here exactly as handed to the bank.
 */
@Service
public class CreditTransferFiles {

    private final JdbcClient jdbc;
    private final AgencyProperties agency;
    private final Clock clock;
    private final Pain001Writer writer = new Pain001Writer();

    CreditTransferFiles(JdbcClient jdbc, AgencyProperties agency, Clock clock) {
        this.jdbc = jdbc;
        this.agency = agency;
        this.clock = clock;
    }

    public enum Purpose { REFUNDS, SETTLEMENT }

    public record StoredFile(UUID id, String messageId, Purpose purpose, LocalDate executionDate, Money total,
                             int transfers, Instant createdAt, String createdBy) {
    }

    /**
     * Writes and stores the transfers, to be executed on the next banking day from today (spec §16). Must run in the
     * caller's transaction, together with marking what the file pays.
     */
    public StoredFile create(Purpose purpose, List<CreditTransferBatch.Transfer> transfers, String operator) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate executionDate = FinnishCalendar.nextBankingDay(now.atZoneSameInstant(ClockConfiguration.FINLAND)
                .toLocalDate());
        // Unique and at most 35 characters: the bank refuses a repeated message id.
        String messageId = "SAATAVA-" + id.toString().replace("-", "").substring(0, 24).toUpperCase();
        CreditTransferBatch batch = new CreditTransferBatch(messageId, now, executionDate,
                new CreditTransferBatch.Party(agency.name(), agency.iban(), agency.bic()), transfers);
        byte[] content = writer.write(batch);
        StoredFile stored = new StoredFile(id, messageId, purpose, executionDate, batch.total(), transfers.size(),
                clock.instant(), operator);
        jdbc.sql("""
                insert into saatava.credit_transfer_file (id, message_id, purpose, execution_date, total, transfers,
                                                          content, created_at, created_by)
                values (:id, :messageId, :purpose, :executionDate, :total, :transfers, :content, :createdAt,
                        :createdBy)""")
                .param("id", id)
                .param("messageId", messageId)
                .param("purpose", purpose.name())
                .param("executionDate", executionDate)
                .param("total", stored.total().toBigDecimal())
                .param("transfers", stored.transfers())
                .param("content", content)
                .param("createdAt", Timestamps.utc(stored.createdAt()))
                .param("createdBy", operator)
                .update();
        return stored;
    }

    public Optional<byte[]> content(UUID id) {
        return jdbc.sql("select content from saatava.credit_transfer_file where id = :id")
                .param("id", id).query(byte[].class).optional();
    }

    public Optional<StoredFile> find(UUID id) {
        return jdbc.sql("""
                select id, message_id, purpose, execution_date, total, transfers, created_at, created_by
                  from saatava.credit_transfer_file where id = :id""")
                .param("id", id)
                .query((row, n) -> new StoredFile(row.getObject("id", UUID.class), row.getString("message_id"),
                        Purpose.valueOf(row.getString("purpose")), row.getObject("execution_date", LocalDate.class),
                        Money.of(row.getObject("total", BigDecimal.class)), row.getInt("transfers"),
                        Timestamps.instant(row, "created_at"), row.getString("created_by")))
                .optional();
    }
}
