package fi.saatava.gateway.payments;

import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.EntryType;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.Camt054File;
import fi.saatava.gateway.support.Camt054File.Payment;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.MoneyApi;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.identifiers.RfReference;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bank file shaped like a Finnish bank's camt.054 for the client-funds account: every cent of it ends up applied in
 * a claim's ledger, queued for an operator or owed back to a payer, and a second import changes nothing.
 */
@GatewayTest
class BankStatementAllocationTest {

    private static final LocalDate BOOKED = LocalDate.parse("2025-12-18");

    @Autowired
    AdjustableClock clock;
    @Autowired
    ProcessDriver driver;
    @Autowired
    MoneyApi money;
    @Autowired
    LedgerService ledger;
    @Autowired
    ClaimRepository claims;
    @Autowired
    ClaimEvents claimEvents;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void standOnTheEighteenthOfDecember() {
        clock.fixAt(BOOKED.atTime(LocalTime.of(7, 0)).atZone(ClockConfiguration.FINLAND).toInstant());
    }

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    @Test
    void allocationsPlusQueuedPlusRefundsEqualTheFileToTheCentAndASecondImportChangesNothing() {
        Claim paidInFull = submit();
        Claim paidInPart = submit();
        Claim overpaid = submit();
        Claim closed = submit();
        claimEvents.close(closed.id(), ProcessContract.CloseReasons.WITHDRAWN);
        // 120.00 € due 10.11.2025 and 38 days' late interest at 9.5 % through 18.12.: 1.19 €.
        Money owed = ledger.balances(paidInFull, BOOKED).outstanding();
        assertThat(owed).isEqualTo(Money.of("121.19"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        Camt054File file = Camt054File.notification("MSG-" + run)
                .credit(BOOKED, Payment.of(run + "-1", owed.toString(), paidInFull.referenceNumber()))
                .batch(run + "-B", BOOKED,
                        Payment.of(run + "-2", "30.00", RfReference.format(
                                RfReference.fromNational(paidInPart.referenceNumber()))),
                        Payment.of(run + "-3", "200.00", overpaid.referenceNumber()),
                        Payment.of(run + "-4", "10.00", paidInPart.referenceNumber()))
                .credit(BOOKED, Payment.of(run + "-5", "99.99", "1232"))
                .credit(BOOKED, Payment.of(run + "-6", "12.00", null))
                .credit(BOOKED, Payment.of(run + "-7", "20.00", closed.referenceNumber()))
                .reversal(BOOKED, Payment.of(run + "-8", "10.00", paidInPart.referenceNumber()))
                .debit(BOOKED, Payment.of(run + "-9", "1500.00", null));

        JsonNode imported = money.importStatement(file.bytes()).body();
        UUID statementId = UUID.fromString(imported.get("statementId").asText());
        long entriesAfterFirstImport = count("saatava.ledger_entry");
        long refundsAfterFirstImport = count("saatava.refund");
        List<String> paymentsAfterFirstImport = payments(statementId);
        JsonNode again = money.importStatement(file.bytes()).body();

        // Each line: outcome, the payment's state when the line was imported, its claim or why it is queued.
        assertThat(imported.get("lines")).extracting(BankStatementAllocationTest::line).containsExactly(
                "RECEIVED ALLOCATED " + paidInFull.id(),
                "RECEIVED ALLOCATED " + paidInPart.id(),
                "RECEIVED ALLOCATED " + overpaid.id(),
                "RECEIVED ALLOCATED " + paidInPart.id(),
                "RECEIVED UNMATCHED UNKNOWN_REFERENCE",
                "RECEIVED UNMATCHED NO_REFERENCE",
                "RECEIVED UNMATCHED CLAIM_CLOSED",
                "REVERSED REVERSED " + paidInPart.id(),
                "NOT_A_PAYMENT");
        // Allocated by PerintäL 11 a § (spec §5): the interest through 18.12., then the principal; what exceeds the
        // whole debt is the payer's. The second payment of the partly paid claim is taken back by the bank.
        assertThat(moneyEntries(paidInFull)).containsExactly("PAYMENT [INTEREST -1.19, PRINCIPAL -120.00] over 0.00");
        assertThat(moneyEntries(paidInPart)).containsExactly(
                "PAYMENT [INTEREST -1.19, PRINCIPAL -28.81] over 0.00",
                "PAYMENT [PRINCIPAL -10.00] over 0.00",
                "REVERSAL [PRINCIPAL 10.00] over 0.00");
        assertThat(moneyEntries(overpaid)).containsExactly("PAYMENT [INTEREST -1.19, PRINCIPAL -120.00] over 78.81");
        assertThat(ledger.balances(claims.require(paidInPart.id()), BOOKED).outstanding()).isEqualTo(Money.of("91.19"));
        BigDecimal fileTotal = new BigDecimal(owed.toString()).add(new BigDecimal("30.00"))
                .add(new BigDecimal("200.00")).add(new BigDecimal("10.00")).add(new BigDecimal("99.99"))
                .add(new BigDecimal("12.00")).add(new BigDecimal("20.00")).subtract(new BigDecimal("10.00"));
        assertThat(appliedInLedgers(statementId).add(queued(statementId)).add(refundsDue(statementId)))
                .as("applied + queued + refunds of the statement").isEqualByComparingTo(fileTotal);
        assertThat(refundsDue(statementId)).isEqualByComparingTo("78.81");
        assertThat(queued(statementId)).isEqualByComparingTo("131.99");
        assertThat(again.get("lines")).extracting(line -> line.get("outcome").asText())
                .containsOnly("DUPLICATE", "NOT_A_PAYMENT");
        assertThat(count("saatava.ledger_entry")).isEqualTo(entriesAfterFirstImport);
        assertThat(count("saatava.refund")).isEqualTo(refundsAfterFirstImport);
        assertThat(payments(statementId)).isEqualTo(paymentsAfterFirstImport);
        assertThat(claims.require(paidInFull.id()).closure().reason()).isEqualTo(ProcessContract.CloseReasons.PAID);
        assertThat(claims.require(overpaid.id()).closure().reason()).isEqualTo(ProcessContract.CloseReasons.PAID);
    }

    @Test
    void theBankTakingBackAnAllocatedPaymentBooksACorrectingEntryAndTheDebtIsAsIfItWasNeverPaid() {
        Claim claim = submit();
        Money before = ledger.balances(claim, BOOKED.plusDays(10)).outstanding();
        String run = UUID.randomUUID().toString().substring(0, 8);
        money.importStatement(Camt054File.notification("MSG-" + run)
                .credit(BOOKED, Payment.of(run + "-1", "50.00", claim.referenceNumber())).bytes());

        JsonNode reversal = money.importStatement(Camt054File.notification("MSG-" + run + "-R")
                .reversal(BOOKED.plusDays(1), Payment.of(run + "-R", "50.00", claim.referenceNumber())).bytes())
                .body();

        assertThat(reversal.at("/lines/0/outcome").asText()).isEqualTo("REVERSED");
        assertThat(reversal.at("/lines/0/payment/state").asText()).isEqualTo("REVERSED");
        List<LedgerEntry> entries = ledger.entries(claim.id());
        LedgerEntry payment = entries.stream().filter(e -> e.type() == EntryType.PAYMENT).findFirst().orElseThrow();
        LedgerEntry correction = entries.stream().filter(e -> e.type() == EntryType.REVERSAL).findFirst()
                .orElseThrow();
        assertThat(correction.reversesEntryId()).isEqualTo(payment.id());
        assertThat(correction.valueDate()).isEqualTo(payment.valueDate());
        assertThat(correction.lines()).extracting(line -> line.component() + " " + line.amount())
                .containsExactlyElementsOf(payment.lines().stream()
                        .map(line -> line.component() + " " + line.amount().negate()).toList());
        assertThat(ledger.balances(claim, BOOKED.plusDays(10)).outstanding()).isEqualTo(before);
        assertThat(ledger.balances(claim, BOOKED.plusDays(10)).paid()).isEqualTo(Money.ZERO);
    }

    private Claim submit() {
        return claims.require(UUID.fromString(driver.submit(validConsumerClaim().toString())));
    }

    private static String line(JsonNode line) {
        JsonNode payment = line.get("payment");
        if (payment.isNull()) {
            return line.get("outcome").asText();
        }
        return line.get("outcome").asText() + " " + payment.get("state").asText() + " "
                + (payment.get("claimId").isNull() ? payment.get("reason").asText() : payment.get("claimId").asText());
    }

    /** The claim's payments and reversals: type, lines and overpayment. */
    private List<String> moneyEntries(Claim claim) {
        return ledger.entries(claim.id()).stream()
                .filter(entry -> entry.type() == EntryType.PAYMENT || entry.type() == EntryType.REVERSAL)
                .map(entry -> entry.type() + " " + entry.lines().stream()
                        .map(line -> line.component() + " " + line.amount()).toList() + " over "
                        + entry.overpayment())
                .toList();
    }

    /** The statement's payments as stored: bank reference, state, claim, reason. */
    private List<String> payments(UUID statementId) {
        return jdbc.sql("""
                select bank_reference || ' ' || state || ' ' || coalesce(claim_id::text, '-') || ' '
                       || coalesce(reason, '-') from saatava.payment where statement_id = :id order by bank_reference""")
                .param("id", statementId).query(String.class).list();
    }

    /** What the statement's payments and reversals left applied in the claims' ledgers (lines are negative). */
    private BigDecimal appliedInLedgers(UUID statementId) {
        return jdbc.sql("""
                select coalesce(-sum(l.amount), 0) from saatava.ledger_entry_line l
                 where l.entry_id in (select ledger_entry_id from saatava.payment where statement_id = :id
                                      union all
                                      select r.ledger_entry_id from saatava.payment_reversal r
                                        join saatava.payment p on p.id = r.payment_id
                                       where p.statement_id = :id)""")
                .param("id", statementId).query(BigDecimal.class).single();
    }

    private BigDecimal queued(UUID statementId) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from saatava.payment
                 where statement_id = :id and state = 'UNMATCHED'""")
                .param("id", statementId).query(BigDecimal.class).single();
    }

    private BigDecimal refundsDue(UUID statementId) {
        return jdbc.sql("""
                select coalesce(sum(r.amount), 0) from saatava.refund r join saatava.payment p on p.id = r.payment_id
                 where p.statement_id = :id and r.cancelled_at is null""")
                .param("id", statementId).query(BigDecimal.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
