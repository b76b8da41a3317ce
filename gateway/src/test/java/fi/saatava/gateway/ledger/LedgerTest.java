package fi.saatava.gateway.ledger;

import static fi.saatava.gateway.support.ClaimJson.invoice;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.law.allocation.BalanceComponent;
import fi.saatava.law.fees.FeeAction;
import fi.saatava.law.fees.FeeDecision;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger on the embedded PostgreSQL: append-only, exact to the cent, every euro explained. */
@GatewayTest
class LedgerTest {

    @Autowired
    ProcessDriver driver;

    @Autowired
    LedgerService ledger;

    @Autowired
    ClaimRepository claims;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcClient jdbc;

    private Claim submit(ObjectNode body) {
        return claims.require(UUID.fromString(driver.submit(body.toString())));
    }

    private Claim claimOf(String principal, String invoiceDate, String dueDate) {
        ObjectNode body = validConsumerClaim();
        invoice(body).put("principal", principal).put("invoiceDate", invoiceDate).put("dueDate", dueDate);
        return submit(body);
    }

    @Test
    void entriesCanNeitherBeChangedNorDeleted() {
        Claim claim = claimOf("120.00", "2025-10-27", "2025-11-10");
        UUID entryId = ledger.entries(claim.id()).get(0).id();

        assertThatThrownBy(() -> jdbc.sql("update saatava.ledger_entry set amount = 1 where id = :id")
                .param("id", entryId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from saatava.ledger_entry_line where entry_id = :id")
                .param("id", entryId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update saatava.ledger_entry_line set amount = 0 where entry_id = :id")
                .param("id", entryId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate saatava.ledger_entry_line").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(ledger.entries(claim.id()).get(0).amount()).isEqualTo(Money.of("120.00"));
    }

    @Test
    void eachInvoiceLineIsAPrincipalEntry() {
        ObjectNode body = validConsumerClaim();
        invoice(body).set("lines", ClaimJson.parse("""
                [{"description": "Broadband", "amount": "100.00"}, {"description": "Router", "amount": "20.00"}]"""));
        Claim claim = submit(body);

        List<LedgerEntry> entries = ledger.entries(claim.id());

        assertThat(entries).extracting(LedgerEntry::type).containsExactly(EntryType.PRINCIPAL, EntryType.PRINCIPAL);
        assertThat(entries).extracting(LedgerEntry::amount).containsExactly(Money.of("100.00"), Money.of("20.00"));
        assertThat(entries.get(1).description()).isEqualTo("Invoice INV-1001 line 2: Router");
        assertThat(entries.get(1).interestFrom()).isEqualTo(LocalDate.parse("2025-11-10"));
    }

    @Test
    void interestAcrossAHalfYearBoundaryIsPaidFirstToTheCent() {
        // collection-law README example 3 (spec §17): 1 000.00 € due 15.12.2024, paid 14.1.2025.
        Claim claim = claimOf("1000.00", "2024-11-15", "2024-12-15");
        LocalDate paidOn = LocalDate.parse("2025-01-14");

        assertThat(ledger.balances(claim, paidOn).interest()).isEqualTo(Money.of("9.05"));
        assertThat(ledger.balances(claim, paidOn).outstanding()).isEqualTo(Money.of("1009.05"));

        LedgerService.PaymentBooking booking = ledger.recordPayment(claim.id(), new LedgerService.Payment(
                Money.of("1009.05"), paidOn, "TEST", "Payment", "test:" + UUID.randomUUID()));

        assertThat(booking.entry().effectOn(BalanceComponent.INTEREST)).isEqualTo(Money.of("-9.05"));
        assertThat(booking.entry().effectOn(BalanceComponent.PRINCIPAL)).isEqualTo(Money.of("-1000.00"));
        List<LedgerEntry> entries = ledger.entries(claim.id());
        LedgerEntry interest = entries.stream().filter(e -> e.type() == EntryType.INTEREST).findFirst().orElseThrow();
        assertThat(interest.amount()).isEqualTo(Money.of("9.05"));
        assertThat(interest.periodStart()).isEqualTo(LocalDate.parse("2024-12-16"));
        assertThat(interest.periodEnd()).isEqualTo(paidOn);
        assertThat(interest.description()).contains("2024-H2 reference rate 4.5 %").contains("2025-H1 reference rate");
        Balances after = ledger.balances(claim, LocalDate.parse("2025-06-30"));
        assertThat(after.outstanding()).isEqualTo(Money.ZERO);
        assertThat(after.paid()).isEqualTo(Money.of("1009.05"));
    }

    @Test
    void aConsumersPartialPaymentGoesToInterestThenPrincipalAndNeverToCostsFirst() {
        Claim claim = claimOf("1000.00", "2024-11-15", "2024-12-15");
        ledger.chargeFee(claim.id(), new FeeDecision(FeeAction.REMINDER,
                LocalDate.parse("2025-01-02"), Money.of("5.00"), Money.of("5.00"), Money.of("5.00"), "test"), null);

        LedgerService.PaymentBooking booking = ledger.recordPayment(claim.id(), new LedgerService.Payment(
                Money.of("500.00"), LocalDate.parse("2025-01-14"), "TEST", "Payment", "test:" + UUID.randomUUID()));

        assertThat(booking.allocation().lines()).extracting(line -> line.component().name() + " " + line.amount())
                .containsExactly("INTEREST 9.05", "PRINCIPAL 490.95");
        Balances balances = ledger.balances(claim, LocalDate.parse("2025-01-14"));
        assertThat(balances.principal()).isEqualTo(Money.of("509.05"));
        assertThat(balances.costs()).isEqualTo(Money.of("5.00"));
        assertThat(balances.interest()).isEqualTo(Money.ZERO);
    }

    @Test
    void replayingAPaymentBooksNothingTwice() {
        Claim claim = claimOf("100.00", "2025-10-01", "2025-10-15");
        LedgerService.Payment payment = new LedgerService.Payment(Money.of("40.00"), LocalDate.parse("2025-10-20"),
                "TEST", "Payment", "test:" + UUID.randomUUID());

        ledger.recordPayment(claim.id(), payment);
        LedgerService.PaymentBooking replay = ledger.recordPayment(claim.id(), payment);

        assertThat(replay.booked()).isFalse();
        assertThat(ledger.entries(claim.id()).stream().filter(e -> e.type() == EntryType.PAYMENT)).hasSize(1);
    }

    @Test
    void theFeeOfALetterVoidedBeforeItWasSentIsReversedByANewEntry() {
        LockedExternalTask reminder = driver.reminderTask();
        UUID claimId = UUID.fromString(reminder.getBusinessKey());
        Claim claim = claims.require(claimId);
        assertThat(ledger.balances(claim, LocalDate.now()).costs()).isEqualTo(Money.of("5.00"));

        runtimeService.createMessageCorrelation(ProcessContract.Messages.CLAIM_WITHDRAWN)
                .processInstanceBusinessKey(claimId.toString()).correlate();

        List<LedgerEntry> entries = ledger.entries(claimId);
        LedgerEntry fee = entries.stream().filter(e -> e.type() == EntryType.FEE).findFirst().orElseThrow();
        LedgerEntry reversal = entries.stream().filter(e -> e.type() == EntryType.REVERSAL).findFirst().orElseThrow();
        assertThat(fee.fee().letterId()).hasToString(ProcessDriver.letterId(reminder));
        assertThat(fee.description()).contains("PerintäL 10 a § 1 mom 1 k");
        assertThat(reversal.reversesEntryId()).isEqualTo(fee.id());
        assertThat(reversal.effectOn(BalanceComponent.COSTS)).isEqualTo(Money.of("-5.00"));
        assertThat(ledger.balances(claim, LocalDate.now()).costs()).isEqualTo(Money.ZERO);
    }
}
