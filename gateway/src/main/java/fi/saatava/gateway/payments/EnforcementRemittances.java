package fi.saatava.gateway.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.saatava.law.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Enforcement remittances as the bank side sees them (spec §9): the authority's report booked the remittance in the
 * claim's ledger (source ENFORCEMENT, see {@code legal.EnforcementOutcomeBooking}); its bank credit, the amount
 * collected less the remittance fee the authority withheld, confirms it. Reads and links rows of
 * {@code enforcement_outcome}; never changes what the authority reported.
 */
@Repository
class EnforcementRemittances {

    private final JdbcClient jdbc;

    EnforcementRemittances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The claim's oldest remittance booked and not yet confirmed whose transfer (collected − remittance fee) is
     * {@code transferred}, locked until the transaction ends so that two credits never confirm it both.
     *
     * @return the remittance's enforcement outcome id
     */
    Optional<UUID> lockAwaitingCash(UUID claimId, Money transferred) {
        return jdbc.sql("""
                select id from saatava.enforcement_outcome
                 where claim_id = :claimId and ledger_entry_id is not null and confirming_payment_id is null
                   and collected_amount - coalesce(remittance_fee, 0) = :transferred
                 order by remittance_date, recorded_at, id
                 limit 1 for update""")
                .param("claimId", claimId).param("transferred", transferred.toBigDecimal())
                .query(UUID.class).optional();
    }

    /**
     * A remittance booked from the authority's report; {@code confirmingPaymentId} and {@code confirmedOn} (the
     * credit's booking date) are null while its cash has not come in.
     */
    record Remittance(UUID claimId, String referenceNumber, String caseNumber, LocalDate remittanceDate,
                      Money collected, Money fee, UUID confirmingPaymentId, LocalDate confirmedOn) {

        /** What the authority transfers: the amount collected less the fee it withheld. */
        Money expectedOnTheBank() {
            return collected.minus(fee);
        }
    }

    /** The remittances booked, newest remittance first; {@code confirmed} null for both kinds. */
    List<Remittance> list(Boolean confirmed) {
        return jdbc.sql("""
                select o.claim_id, c.reference_number, o.case_number, o.remittance_date, o.collected_amount,
                       coalesce(o.remittance_fee, 0) as remittance_fee, o.confirming_payment_id,
                       p.booking_date
                  from saatava.enforcement_outcome o
                  join saatava.claim c on c.id = o.claim_id
                  left join saatava.payment p on p.id = o.confirming_payment_id
                 where o.ledger_entry_id is not null
                   and (cast(:confirmed as boolean) is null
                        or (o.confirming_payment_id is not null) = cast(:confirmed as boolean))
                 order by o.remittance_date desc, o.recorded_at desc, o.id""")
                .param("confirmed", confirmed)
                .query((row, n) -> new Remittance(row.getObject("claim_id", UUID.class),
                        row.getString("reference_number"), row.getString("case_number"),
                        row.getObject("remittance_date", LocalDate.class),
                        Money.of(row.getBigDecimal("collected_amount")), Money.of(row.getBigDecimal("remittance_fee")),
                        row.getObject("confirming_payment_id", UUID.class),
                        row.getObject("booking_date", LocalDate.class)))
                .list();
    }

    void confirm(UUID outcomeId, UUID paymentId) {
        jdbc.sql("update saatava.enforcement_outcome set confirming_payment_id = :paymentId where id = :id")
                .param("paymentId", paymentId).param("id", outcomeId).update();
    }

    /**
     * The bank took the confirming credit back: the remittance waits for its cash again.
     *
     * @return true if the remittance had been settled to the creditor already
     */
    boolean withdrawConfirmation(UUID paymentId) {
        boolean settled = jdbc.sql("""
                select count(*) from saatava.enforcement_outcome o
                  join saatava.settled_entry s on s.ledger_entry_id = o.ledger_entry_id
                 where o.confirming_payment_id = :paymentId""")
                .param("paymentId", paymentId).query(Long.class).single() > 0;
        jdbc.sql("update saatava.enforcement_outcome set confirming_payment_id = null"
                        + " where confirming_payment_id = :paymentId")
                .param("paymentId", paymentId).update();
        return settled;
    }
}
