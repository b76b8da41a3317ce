package fi.saatava.gateway.payments;

import static fi.saatava.gateway.support.MoneyApi.change;
import static fi.saatava.gateway.support.MoneyApi.claimFunds;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.Balances;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.legal.EnforcementOutcomeBooking;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.Camt054File;
import fi.saatava.gateway.support.Camt054File.Payment;
import fi.saatava.gateway.support.CollectionJourney;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.MoneyApi;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.law.allocation.BalanceComponent;
import fi.saatava.law.enforcement.RemittanceFee;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract.CloseReasons;
import fi.saatava.process.ProcessContract.EnforcementOutcomes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Money collected in enforcement reaches the creditor once (spec §9, PerintäL 11 §): the authority's remittance report
 * is booked in the ledger (as {@code recordEnforcementOutcome} books it), and its bank credit, the amount collected
 * less the 1.45 % remittance fee the authority withheld, confirms it without a second allocation; then it is client
 * funds and the creditor is settled it once, the fee as its cost. Consumer claims of 120.00 € due 10.11.2025, paid in
 * enforcement on 18.12.2025; the test creditor's commission is 15 % with no fixed fee and no share of costs.
 */
@GatewayTest
class EnforcementRemittanceTest {

    private static final LocalDate REMITTED = LocalDate.parse("2025-12-18");
    private static final LocalDate CREDITED = LocalDate.parse("2025-12-19");
    private static final BigDecimal COMMISSION_PERCENT = new BigDecimal("15.00");

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
    ClaimRepository claims;
    @Autowired
    LedgerService ledger;
    @Autowired
    EnforcementOutcomeBooking enforcement;

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    @Test
    void theAuthoritysCreditConfirmsTheRemittanceAndTheCreditorIsSettledItOnceLessTheFeeWithheld() {
        TestCreditors.TestCreditor creditor = creditors.register();
        journey.standOn(REMITTED, LocalTime.of(7, 0));
        Claim claim = journey.submitConsumerClaim(creditor);
        Money collected = ledger.balances(claim, REMITTED).outstanding();
        Money fee = RemittanceFee.of(collected);
        remit(claim, EnforcementOutcomes.PAID_IN_FULL, collected, fee);
        Balances paidInEnforcement = ledger.balances(claim, CREDITED);
        assertThat(paidInEnforcement.outstanding()).isEqualTo(Money.ZERO);
        Claim.Closure paidClosure = claims.require(claim.id()).closure();
        assertThat(paidClosure.reason()).as("paid in enforcement").isEqualTo(CloseReasons.PAID);
        assertThat(paidClosure.paidOn()).isEqualTo(REMITTED);
        LedgerEntry remittance = remittanceEntry(claim);
        int entries = ledger.entries(claim.id()).size();

        journey.standOn(CREDITED, LocalTime.of(3, 0));
        money.settlementRun();
        assertThat(settlementsOf(creditor)).as("a remittance whose cash is not in is not settled").isEmpty();
        JsonNode before = money.clientFunds();
        assertThat(claimFunds(before, claim.id())).as("no cash yet: not client funds").isNull();

        journey.standOn(CREDITED, LocalTime.of(8, 0));
        Money transferred = collected.minus(fee);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Camt054File file = Camt054File.notification("MSG-" + run)
                .credit(CREDITED, Payment.of(run + "-1", transferred.toString(), claim.referenceNumber()));
        GatewayHttp.Answer imported = money.importStatement(file.bytes());
        assertThat(imported.status()).isEqualTo(HttpStatus.OK);
        JsonNode line = imported.body().at("/lines/0");
        assertThat(line.get("outcome").asText()).isEqualTo("RECEIVED");
        assertThat(line.at("/payment/state").asText()).isEqualTo("ENFORCEMENT_REMITTANCE");
        assertThat(line.at("/payment/claimId").asText()).isEqualTo(claim.id().toString());

        // Not allocated again: the ledger, the balances and the claim are as the remittance left them.
        assertThat(ledger.entries(claim.id())).hasSize(entries);
        assertThat(ledger.balances(claim, CREDITED)).isEqualTo(paidInEnforcement);
        assertThat(claims.require(claim.id()).closure()).isEqualTo(paidClosure);
        JsonNode afterImport = money.clientFunds();
        assertThat(change(before, afterImport, "refundsDue")).as("no refund liability").isEqualByComparingTo("0");
        assertThat(change(before, afterImport, "unmatched")).isEqualByComparingTo("0");
        assertThat(change(before, afterImport, "total")).isEqualByComparingTo(transferred.toBigDecimal());
        assertThat(change(before, afterImport, "notSettled")).isEqualByComparingTo(transferred.toBigDecimal());
        // The claim's line is its ledger's remittance entry, less the fee the authority withheld.
        Money principal = remittance.effectOn(BalanceComponent.PRINCIPAL).negate();
        Money interest = remittance.effectOn(BalanceComponent.INTEREST).negate();
        JsonNode funds = claimFunds(afterImport, claim.id());
        assertThat(funds.get("principal").asText()).isEqualTo(principal.toString());
        assertThat(funds.get("interest").asText()).isEqualTo(interest.toString());
        assertThat(funds.get("collectionCosts").asText()).isEqualTo("0.00");
        assertThat(funds.get("remittanceFees").asText()).isEqualTo(fee.toString());
        assertThat(funds.get("notSettled").asText()).isEqualTo(principal.plus(interest).minus(fee).toString());
        assertThat(principal.plus(interest)).isEqualTo(collected);

        GatewayHttp.Answer again = money.importStatement(file.bytes());
        assertThat(again.body().at("/lines/0/outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(money.clientFunds().get("total").asText()).isEqualTo(afterImport.get("total").asText());

        journey.standOn(LocalDate.parse("2025-12-22"), LocalTime.of(3, 0));
        money.settlementRun();
        List<JsonNode> settled = settlementsOf(creditor);
        assertThat(settled).hasSize(1);
        JsonNode settlement = http.get(creditor.apiKey(), "/api/v1/settlements/" + settled.get(0).get("id").asText())
                .body();
        Money commission = principal.plus(interest).percent(COMMISSION_PERCENT);
        Money net = principal.plus(interest).minus(commission).minus(fee);
        assertThat(settlement.get("remittanceFees").asText()).isEqualTo(fee.toString());
        assertThat(settlement.get("commission").asText()).isEqualTo(commission.toString());
        assertThat(settlement.get("net").asText()).isEqualTo(net.toString());
        JsonNode settlementLine = settlement.at("/lines/0");
        assertThat(settlementLine.get("principal").asText()).isEqualTo(principal.toString());
        assertThat(settlementLine.get("remittanceFees").asText()).isEqualTo(fee.toString());
        assertThat(settlementLine.get("net").asText()).isEqualTo(net.toString());
        // The cash is accounted for to the cent: the creditor's net, the agency's commission, nothing else.
        assertThat(net.plus(commission)).isEqualTo(transferred);
        assertThat(claimFunds(money.clientFunds(), claim.id())).as("settled: no longer held").isNull();

        journey.standOn(LocalDate.parse("2025-12-29"), LocalTime.of(3, 0));
        money.settlementRun();
        assertThat(settlementsOf(creditor)).as("settled once").hasSize(1);
    }

    @Test
    void aCreditThatDoesNotFitTheRemittanceGoesTheUsualWayAndTheRightOneStillConfirmsIt() {
        TestCreditors.TestCreditor creditor = creditors.register();
        journey.standOn(REMITTED, LocalTime.of(7, 0));
        Claim partlyPaid = journey.submitConsumerClaim(creditor);
        Claim closed = journey.submitConsumerClaim(creditor);
        Money half = Money.of("60.00");
        Money halfFee = RemittanceFee.of(half);
        remit(partlyPaid, EnforcementOutcomes.PARTIAL_REMITTANCE, half, halfFee);
        Money all = ledger.balances(closed, REMITTED).outstanding();
        remit(closed, EnforcementOutcomes.PAID_IN_FULL, all, RemittanceFee.of(all));
        assertThat(claims.require(partlyPaid.id()).closure()).as("a partial remittance leaves it open").isNull();

        journey.standOn(CREDITED, LocalTime.of(8, 0));
        String run = UUID.randomUUID().toString().substring(0, 8);
        // The gross amount is not what the authority transfers: an ordinary payment of the open claim, and a credit
        // for a closed claim that fits none of its remittances waits for an operator.
        Camt054File file = Camt054File.notification("MSG-" + run)
                .credit(CREDITED, Payment.of(run + "-1", half.toString(), partlyPaid.referenceNumber()))
                .credit(CREDITED, Payment.of(run + "-2", all.toString(), closed.referenceNumber()))
                .credit(CREDITED, Payment.of(run + "-3", half.minus(halfFee).toString(),
                        partlyPaid.referenceNumber()))
                .credit(CREDITED, Payment.of(run + "-4", RemittanceFee.transferred(all).toString(),
                        closed.referenceNumber()));
        JsonNode lines = money.importStatement(file.bytes()).body().get("lines");

        assertThat(lines).extracting(line -> line.at("/payment/state").asText() + " "
                        + line.at("/payment/reason").asText())
                .containsExactly("ALLOCATED null", "UNMATCHED CLAIM_CLOSED", "ENFORCEMENT_REMITTANCE null",
                        "ENFORCEMENT_REMITTANCE null");
        // The open claim: two payments in its ledger, the remittance and the ordinary one, each once.
        assertThat(ledger.balances(partlyPaid, CREDITED).paid()).isEqualTo(half.plus(half));
        assertThat(money.importStatement(file.bytes()).body().get("lines"))
                .extracting(line -> line.get("outcome").asText()).containsOnly("DUPLICATE");
    }

    @Test
    void operatorsSeeTheRemittanceWaitingForItsCashUntilTheCreditConfirmsIt() {
        TestCreditors.TestCreditor creditor = creditors.register();
        journey.standOn(REMITTED, LocalTime.of(7, 0));
        Claim claim = journey.submitConsumerClaim(creditor);
        Money collected = Money.of("80.00");
        Money fee = RemittanceFee.of(collected);
        remit(claim, EnforcementOutcomes.PARTIAL_REMITTANCE, collected, fee);

        JsonNode waiting = remittanceOf(claim, "UNCONFIRMED");
        assertThat(waiting.get("referenceNumber").asText()).isEqualTo(claim.referenceNumber());
        assertThat(waiting.get("caseNumber").asText()).isEqualTo("UO 2025/000123");
        assertThat(waiting.get("remittanceDate").asText()).isEqualTo(REMITTED.toString());
        assertThat(waiting.get("collectedAmount").asText()).isEqualTo("80.00");
        assertThat(waiting.get("remittanceFee").asText()).isEqualTo(fee.toString());
        assertThat(waiting.get("expectedOnTheBank").asText()).isEqualTo(RemittanceFee.transferred(collected)
                .toString());
        assertThat(waiting.get("state").asText()).isEqualTo("UNCONFIRMED");
        assertThat(waiting.get("confirmingPaymentId").isNull()).isTrue();
        assertThat(remittanceOf(claim, "CONFIRMED")).as("no cash yet").isNull();

        journey.standOn(CREDITED, LocalTime.of(8, 0));
        String run = UUID.randomUUID().toString().substring(0, 8);
        JsonNode payment = money.importStatement(Camt054File.notification("MSG-" + run)
                .credit(CREDITED, Payment.of(run + "-1", waiting.get("expectedOnTheBank").asText(),
                        claim.referenceNumber())).bytes()).body().at("/lines/0/payment");
        assertThat(payment.get("state").asText()).isEqualTo("ENFORCEMENT_REMITTANCE");

        assertThat(remittanceOf(claim, "UNCONFIRMED")).as("its cash came in").isNull();
        JsonNode confirmed = remittanceOf(claim, "CONFIRMED");
        assertThat(confirmed.get("state").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("confirmingPaymentId").asText()).isEqualTo(payment.get("id").asText());
        assertThat(confirmed.get("confirmedOn").asText()).isEqualTo(CREDITED.toString());
        assertThat(confirmed.get("expectedOnTheBank")).isEqualTo(waiting.get("expectedOnTheBank"));
        assertThat(http.getAsAdmin("/api/admin/enforcement-remittances?state=PAID").body().at("/errors/0/field")
                .asText()).isEqualTo("state");
    }

    /** The claim's remittance as {@code GET /api/admin/enforcement-remittances?state=} lists it, or null. */
    private JsonNode remittanceOf(Claim claim, String state) {
        GatewayHttp.Answer listed = http.getAsAdmin("/api/admin/enforcement-remittances?state=" + state);
        assertThat(listed.status()).isEqualTo(HttpStatus.OK);
        List<JsonNode> remittances = StreamSupport.stream(listed.body().spliterator(), false).toList();
        assertThat(remittances).allSatisfy(remittance -> assertThat(remittance.get("state").asText())
                .isEqualTo(state));
        return remittances.stream().filter(remittance -> remittance.get("claimId").asText()
                .equals(claim.id().toString())).findFirst().orElse(null);
    }

    private void remit(Claim claim, String outcome, Money collected, Money fee) {
        enforcement.book(claim.id(), new EnforcementOutcomeBooking.Report(null, outcome, "UO 2025/000123",
                collected, fee, REMITTED, null), "test-remittance-" + UUID.randomUUID());
    }

    private LedgerEntry remittanceEntry(Claim claim) {
        return ledger.entries(claim.id()).stream().filter(entry -> "ENFORCEMENT".equals(entry.source()))
                .findFirst().orElseThrow();
    }

    private List<JsonNode> settlementsOf(TestCreditors.TestCreditor creditor) {
        JsonNode list = http.get(creditor.apiKey(), "/api/v1/settlements").body();
        return StreamSupport.stream(list.spliterator(), false).toList();
    }
}
