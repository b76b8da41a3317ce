package fi.saatava.gateway.clientfunds;

import static fi.saatava.gateway.support.MoneyApi.change;
import static fi.saatava.gateway.support.MoneyApi.claimFunds;
import static fi.saatava.gateway.support.MoneyApi.creditorFunds;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.payments.PaymentAllocation;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.Camt054File;
import fi.saatava.gateway.support.Camt054File.Payment;
import fi.saatava.gateway.support.CollectionJourney;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.MoneyApi;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.law.allocation.BalanceComponent;
import fi.saatava.law.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The client-funds report (PerintäL 11 §: money collected for creditors is kept apart and accounted for) against the
 * money that moved: a bank file, a payment the creditor received itself, a refund transfer and a settlement run.
 * Whatever other tests left in the shared database, the report moves by exactly what came in or went out, to the
 * cent, and each claim's line is what its ledger's client-funds entries say. Consumer claims of 120.00 € due
 * 10.11.2025, with 38 days' late interest at 9.5 % (1.19 €) on 18.12.2025.
 */
@GatewayTest
class ClientFundsReportTest {

    private static final LocalDate BOOKED = LocalDate.parse("2025-12-18");

    @Autowired
    AdjustableClock clock;
    @Autowired
    CollectionJourney journey;
    @Autowired
    GatewayHttp http;
    @Autowired
    MoneyApi money;
    @Autowired
    TestCreditors creditors;
    @Autowired
    LedgerService ledger;

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    @Test
    void theReportMovesByExactlyWhatCameInAndWentOutAndEachClaimsLineIsItsLedger() {
        TestCreditors.TestCreditor creditor = creditors.register();
        journey.standOn(BOOKED, LocalTime.of(7, 0));
        Claim partlyPaid = journey.submitConsumerClaim(creditor);
        Claim overpaid = journey.submitConsumerClaim(creditor);
        Claim alsoPaidToTheCreditor = journey.submitConsumerClaim(creditor);
        GatewayHttp.Answer direct = http.post(creditor.apiKey(), "/api/v1/claims/" + alsoPaidToTheCreditor.id()
                + "/events", """
                {"type": "DIRECT_PAYMENT", "amount": "30.00", "paidOn": "2025-12-17", "eventReference": "EV-%s"}"""
                .formatted(UUID.randomUUID()));
        assertThat(direct.status()).isEqualTo(HttpStatus.CREATED);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Camt054File file = Camt054File.notification("MSG-" + run)
                .credit(BOOKED, Payment.of(run + "-1", "50.00", partlyPaid.referenceNumber()))
                .credit(BOOKED, Payment.of(run + "-2", "200.00", overpaid.referenceNumber()))
                .credit(BOOKED, Payment.of(run + "-3", "20.00", alsoPaidToTheCreditor.referenceNumber()))
                .credit(BOOKED, Payment.of(run + "-4", "12.34", "1232"))
                .credit(BOOKED, Payment.of(run + "-5", "10.00", partlyPaid.referenceNumber()))
                .reversal(BOOKED, Payment.of(run + "-R", "10.00", partlyPaid.referenceNumber()));

        JsonNode before = money.clientFunds();
        assertThat(money.importStatement(file.bytes()).status()).isEqualTo(HttpStatus.OK);
        JsonNode afterImport = money.clientFunds();

        // In: 50.00 + 200.00 + 20.00 + 12.34 + 10.00 − 10.00. Applied 50.00 + 121.19 + 20.00; the rest of the
        // 200.00 is owed back to the payer; the unknown reference waits for an operator.
        assertThat(change(before, afterImport, "total")).isEqualByComparingTo("282.34");
        assertThat(change(before, afterImport, "notSettled")).isEqualByComparingTo("191.19");
        assertThat(change(before, afterImport, "refundsDue")).isEqualByComparingTo("78.81");
        assertThat(change(before, afterImport, "unmatched")).isEqualByComparingTo("12.34");
        assertThat(change(before, afterImport, "awaitingAllocation")).isEqualByComparingTo("0.00");
        assertThat(creditorFunds(afterImport, creditor.id()).get("notSettled").asText()).isEqualTo("191.19");
        assertThat(line(claimFunds(afterImport, partlyPaid.id()))).isEqualTo("48.81 1.19 0.00 = 50.00");
        for (Claim claim : List.of(partlyPaid, overpaid, alsoPaidToTheCreditor)) {
            assertThat(line(claimFunds(afterImport, claim.id()))).as("claim %s against its ledger", claim.id())
                    .isEqualTo(clientFundsInLedger(claim));
        }
        // The 30.00 € the creditor received itself is in the claim's ledger but never was client funds.
        assertThat(ledger.balances(alsoPaidToTheCreditor, BOOKED).paid()).isEqualTo(Money.of("50.00"));
        assertThat(claimFunds(afterImport, alsoPaidToTheCreditor.id()).get("notSettled").asText())
                .isEqualTo("20.00");

        journey.standOn(BOOKED.plusDays(1), LocalTime.of(9, 0));
        GatewayHttp.Answer refunds = money.postJson("/api/admin/refund-transfers", "");
        assertThat(refunds.status()).isEqualTo(HttpStatus.CREATED);
        JsonNode afterRefunds = money.clientFunds();
        journey.standOn(LocalDate.parse("2025-12-22"), LocalTime.of(3, 0));
        JsonNode settlementRun = money.settlementRun();
        JsonNode afterSettlement = money.clientFunds();

        // Out: the refund file, then every settlement of the run (what the creditors get and the agency's share).
        BigDecimal refunded = new BigDecimal(refunds.body().get("total").asText());
        assertThat(change(afterImport, afterRefunds, "total")).isEqualByComparingTo(refunded.negate());
        assertThat(change(afterImport, afterRefunds, "refundsDue")).isEqualByComparingTo(refunded.negate());
        BigDecimal settled = BigDecimal.ZERO;
        for (JsonNode settlement : settlementRun.get("settlements")) {
            settled = settled.add(collected(settlement));
        }
        assertThat(change(afterRefunds, afterSettlement, "total")).isEqualByComparingTo(settled.negate());
        assertThat(change(afterRefunds, afterSettlement, "notSettled")).isEqualByComparingTo(settled.negate());
        JsonNode settlementOfCreditor = http.get(creditor.apiKey(), "/api/v1/settlements").body().get(0);
        assertThat(collected(settlementOfCreditor)).isEqualByComparingTo("191.19");
        assertThat(afterSettlement.get("creditors")).extracting(funds -> funds.get("creditorId").asText())
                .doesNotContain(creditor.id());
    }

    /** What a settlement covered: the client funds of its claims, before the creditor's and the agency's shares. */
    private static BigDecimal collected(JsonNode settlement) {
        return new BigDecimal(settlement.get("principal").asText())
                .add(new BigDecimal(settlement.get("interest").asText()))
                .add(new BigDecimal(settlement.get("collectionCosts").asText()));
    }

    /** A claim's line of the report: principal, interest, costs = not settled. */
    private static String line(JsonNode claimFunds) {
        return claimFunds.get("principal").asText() + " " + claimFunds.get("interest").asText() + " "
                + claimFunds.get("collectionCosts").asText() + " = " + claimFunds.get("notSettled").asText();
    }

    /** The same from the claim's ledger: what its client-funds payments and reversals took off each component. */
    private String clientFundsInLedger(Claim claim) {
        List<LedgerEntry> clientFunds = ledger.entries(claim.id()).stream()
                .filter(entry -> PaymentAllocation.LEDGER_SOURCE.equals(entry.source())).toList();
        Money principal = paidOff(clientFunds, BalanceComponent.PRINCIPAL);
        Money interest = paidOff(clientFunds, BalanceComponent.INTEREST);
        Money costs = paidOff(clientFunds, BalanceComponent.COSTS);
        return principal + " " + interest + " " + costs + " = " + principal.plus(interest).plus(costs);
    }

    private static Money paidOff(List<LedgerEntry> entries, BalanceComponent component) {
        return entries.stream().map(entry -> entry.effectOn(component)).reduce(Money.ZERO, Money::plus).negate();
    }
}
