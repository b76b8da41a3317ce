package fi.saatava.gateway.payments;

import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.ledger.EntryType;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.LetterApi;
import fi.saatava.gateway.support.CollectionJourney;
import fi.saatava.gateway.support.MoneyApi;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.law.fees.FeeAction;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payments applied in the ledger by law and told to the claim's process, against the real engine and the embedded
 * PostgreSQL. Interest: 2025-H2 reference rate 2.5 % + 7 pp = 9.5 % (spec §6.1, §6.2).
 */
@GatewayTest
class PaymentAllocationTest {

    @Autowired
    AdjustableClock clock;
    @Autowired
    ProcessDriver driver;
    @Autowired
    CollectionJourney journey;
    @Autowired
    MoneyApi money;
    @Autowired
    GatewayHttp http;
    @Autowired
    LedgerService ledger;
    @Autowired
    ClaimRepository claims;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LetterApi letters;

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    @Test
    void aConsumerClaimPaidInThreePartsGoesToInterestThenPrincipalThenCostsAndEndsWhenNothingIsLeft() {
        Claim claim = claimWaitingForTheFirstDemand(); // 120.00 € due 10.11.2025, reminder (5.00 €) sent 17.12.

        JsonNode first = money.pay(claim.referenceNumber(), "50.00", LocalDate.parse("2025-12-17"));
        standOn("2025-12-22");
        JsonNode second = money.pay(claim.referenceNumber(), "75.00", LocalDate.parse("2025-12-22"));
        Object balanceAfterSecond = runtimeService.getVariable(driver.processInstanceId(claim.id().toString()),
                ProcessContract.Variables.OUTSTANDING_BALANCE);
        standOn("2025-12-29");
        JsonNode third = money.pay(claim.referenceNumber(), "1.25", LocalDate.parse("2025-12-29"));

        List<LedgerEntry> payments = ledger.entries(claim.id()).stream()
                .filter(entry -> entry.type() == EntryType.PAYMENT).toList();
        // 11.11.-17.12., 37 days on 120.00: 1.16 (exact 1.1556); then 48.84 off the principal (PerintäL 11 a §).
        assertThat(lines(payments.get(0))).containsExactly("INTEREST -1.16", "PRINCIPAL -48.84");
        // 18.-22.12., 5 days on 71.16 adds 0.0926: 1.25 in all, 0.09 of it new; then the principal; costs only after.
        assertThat(lines(payments.get(1))).containsExactly("INTEREST -0.09", "PRINCIPAL -71.16", "COSTS -3.75");
        assertThat(lines(payments.get(2))).containsExactly("COSTS -1.25");
        assertThat(payments.get(1).description()).contains("PerintäL 11 a § 2 mom");
        assertThat(balanceAfterSecond).isEqualTo("1.25");
        assertThat(first.get("state").asText()).isEqualTo("ALLOCATED");
        assertThat(first.get("processMessage").asText()).isEqualTo("PAYMENT_RECEIVED");
        assertThat(second.get("processMessage").asText()).isEqualTo("PAYMENT_RECEIVED");
        assertThat(third.get("processMessage").asText()).isEqualTo("CLAIM_PAID_IN_FULL");
        Claim paid = claims.require(claim.id());
        assertThat(paid.closure().reason()).isEqualTo(ProcessContract.CloseReasons.PAID);
        assertThat(ledger.balances(paid, LocalDate.parse("2026-03-31")).outstanding()).isEqualTo(Money.ZERO);
    }

    @Test
    void aFullPaymentWhileTheProcessWaitsForTheNextLetterEndsItWithoutAnotherLetter() {
        Claim claim = claimWaitingForTheFirstDemand();
        String processInstanceId = driver.processInstanceId(claim.id().toString());
        assertThat(driver.timer(claim.id().toString())).as("the first demand's timer").isNotNull();
        Money owed = ledger.balances(claim, LocalDate.parse("2025-12-17")).outstanding();

        JsonNode payment = money.pay(claim.referenceNumber(), owed.toString(), LocalDate.parse("2025-12-17"));
        driver.runContinuations(claim.id().toString()); // checkDefaultEntries, then the end

        assertThat(payment.get("processMessage").asText()).isEqualTo("CLAIM_PAID_IN_FULL");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .as("process ended").isZero();
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId).count()).isZero();
        assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(processInstanceId).count())
                .as("no letter-send task").isZero();
        assertThat(http.get("/api/v1/claims/" + claim.id()).body().get("letters")).hasSize(1);
        assertThat(claims.require(claim.id()).closure().reason()).isEqualTo(ProcessContract.CloseReasons.PAID);
    }

    @Test
    void aFullPaymentWhileTheReminderWaitsForItsDateEndsCollectionWithNoLetterAtAll() {
        standOn("2025-12-01"); // a Monday
        ObjectNode body = validConsumerClaim();
        ClaimJson.invoice(body).put("dueDate", "2025-11-28");
        Claim claim = claims.require(UUID.fromString(driver.submit(body.toString())));
        String claimId = claim.id().toString();
        driver.completeCreditCheck(claimId);
        driver.runContinuations(claimId);
        String processInstanceId = driver.processInstanceId(claimId);
        // Due 28.11. + 15 days = Saturday 13.12., so Monday 15.12.2025 (PerintäL 10 b § 1 mom, spec §3.3, §16).
        assertThat(driver.timer(claimId, ProcessDriver.REMINDER_TIMER).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2025-12-14T22:00:00Z")));
        Money owed = ledger.balances(claim, LocalDate.parse("2025-12-01")).outstanding();

        JsonNode payment = money.pay(claim.referenceNumber(), owed.toString(), LocalDate.parse("2025-12-01"));
        driver.runContinuations(claimId); // checkDefaultEntries, then the end

        assertThat(payment.get("processMessage").asText()).isEqualTo("CLAIM_PAID_IN_FULL");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .as("process ended").isZero();
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId).count())
                .as("no reminder timer").isZero();
        assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(processInstanceId).count())
                .as("no letter-send task").isZero();
        assertThat(http.get("/api/v1/claims/" + claimId).body().get("letters")).isEmpty();
        assertThat(ledger.entries(claim.id())).noneMatch(entry -> entry.type() == EntryType.FEE);
        assertThat(claims.require(claim.id()).closure().reason()).isEqualTo(ProcessContract.CloseReasons.PAID);
    }

    @Test
    void aPaymentOfWhatWasOwedBeforeAnUnsentLetterVoidsTheLetterAndNeverChargesItsFee() {
        Claim claim = claimWaitingForTheFirstDemand();
        String claimId = claim.id().toString();
        journey.fireTimer(claimId, driver.timer(claimId)); // the first demand is prepared: its task waits for the worker
        LocalDate today = journey.now().toLocalDate();
        String demandId = ProcessDriver.letterId(driver.lock(ProcessContract.Topics.LETTER_SEND, claimId));
        Money withDemandFee = ledger.balances(claim, today).outstanding();
        Money demandFee = ledger.entries(claim.id()).stream()
                .filter(entry -> entry.type() == EntryType.FEE && entry.fee().action() == FeeAction.DEMAND)
                .map(LedgerEntry::amount).findFirst().orElseThrow();
        Money owedBeforeTheDemand = withDemandFee.minus(demandFee);

        JsonNode payment = money.pay(claim.referenceNumber(), owedBeforeTheDemand.toString(), today);
        driver.runContinuations(claimId);

        assertThat(demandFee).isEqualTo(Money.of("24.00"));
        assertThat(payment.get("processMessage").asText()).isEqualTo("CLAIM_PAID_IN_FULL");
        assertThat(letters.dispatch(demandId, "PRINT", journey.now().toString()).status())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(claimId).count()).isZero();
        assertThat(ledger.balances(claims.require(claim.id()), today).outstanding()).isEqualTo(Money.ZERO);
        assertThat(http.getAsAdmin("/api/admin/refunds").body())
                .noneMatch(refund -> refund.get("paymentId").asText().equals(payment.get("id").asText()));
    }

    @Test
    void moneyPaidTowardsTheFeeOfALetterThatWasNeverSentIsRefundedToThePayer() {
        Claim claim = claimWaitingForTheFirstDemand();
        String claimId = claim.id().toString();
        journey.fireTimer(claimId, driver.timer(claimId));
        LocalDate today = journey.now().toLocalDate();
        Money withDemandFee = ledger.balances(claim, today).outstanding();

        JsonNode payment = money.pay(claim.referenceNumber(), withDemandFee.plus(Money.of("1.00")).toString(), today);
        driver.runContinuations(claimId);

        assertThat(payment.get("processMessage").asText()).isEqualTo("CLAIM_PAID_IN_FULL");
        assertThat(ledger.balances(claims.require(claim.id()), today).outstanding()).isEqualTo(Money.ZERO);
        assertThat(refundOf(payment.get("id").asText()).get("amount").asText()).isEqualTo("25.00");
    }

    @Test
    void aFullPaymentAfterADefaultJudgmentSendsTheRegisterAPaymentNoticeWithTheDayOfPayment() {
        Claim claim = claimWaitingForTheFirstDemand();
        String claimId = claim.id().toString();
        jdbc.sql("""
                insert into saatava.court_decision (id, claim_id, decision, judgment_date, case_number, recorded_at,
                                                    activity_instance_id)
                values (:id, :claimId, 'DEFAULT_JUDGMENT', date '2025-12-10', 'S 25/1', now(), :activity)""")
                .param("id", UUID.randomUUID()).param("claimId", claim.id())
                .param("activity", "test-" + UUID.randomUUID()).update();
        GatewayHttp.Answer beforePayment = http.getAsAdmin("/api/internal/claims/" + claimId + "/payment-notice");
        Money owed = ledger.balances(claim, LocalDate.parse("2025-12-17")).outstanding();

        money.pay(claim.referenceNumber(), owed.toString(), LocalDate.parse("2025-12-17"));
        driver.runContinuations(claimId); // checkDefaultEntries

        assertThat(beforePayment.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(driver.lock(ProcessContract.Topics.DEFAULT_ENTRY_REMOVE, claimId)).isNotNull();
        JsonNode notice = http.getAsAdmin("/api/internal/claims/" + claimId + "/payment-notice").body();
        assertThat(notice.get("paidOn").asText()).isEqualTo("2025-12-17");
        assertThat(notice.at("/creditor/name").asText()).isEqualTo("Esimerkki Energia Oy");
        assertThat(notice.at("/debtor/type").asText()).isEqualTo("CONSUMER");
        assertThat(notice.at("/debtor/identityCode").asText()).isEqualTo(ClaimJson.VALID_HETU);
    }

    @Test
    void aFullPaymentDuringTheCreditCheckEndsCollectionBeforeAnyLetter() {
        standOn("2025-12-17");
        Claim claim = submit();
        String processInstanceId = driver.processInstanceId(claim.id().toString());

        money.pay(claim.referenceNumber(), "121.16", LocalDate.parse("2025-12-17")); // 120.00 + 37 days' interest
        driver.runContinuations(claim.id().toString());

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
        assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(processInstanceId).count())
                .as("the credit check is withdrawn and no letter task exists").isZero();
        assertThat(http.get("/api/v1/claims/" + claim.id()).body().get("letters")).isEmpty();
    }

    @Test
    void whatExceedsTheDebtIsRefundedToThePayerAndAPaymentToAClosedClaimWaitsForAnOperator() {
        standOn("2025-12-17");
        Claim claim = submit();

        JsonNode overpaid = money.pay(claim.referenceNumber(), "200.00", LocalDate.parse("2025-12-17"));
        JsonNode late = money.pay(claim.referenceNumber(), "10.00", LocalDate.parse("2025-12-17"));

        LedgerEntry entry = ledger.entries(claim.id()).stream().filter(e -> e.type() == EntryType.PAYMENT)
                .findFirst().orElseThrow();
        assertThat(entry.overpayment()).isEqualTo(Money.of("78.84"));
        JsonNode refund = refundOf(overpaid.get("id").asText());
        assertThat(refund.get("amount").asText()).isEqualTo("78.84");
        assertThat(refund.get("reason").asText()).isEqualTo("OVERPAYMENT");
        assertThat(refund.get("payeeIban").asText()).isEqualTo("FI2112345600000785");
        assertThat(late.get("state").asText()).isEqualTo("UNMATCHED");
        assertThat(late.get("reason").asText()).isEqualTo("CLAIM_CLOSED");
    }

    @Test
    void aPaymentToAClaimWhoseProcessHasEndedIsKeptInTheLedgerAndListedForOperators() {
        standOn("2025-12-17");
        Claim claim = submit();
        runtimeService.deleteProcessInstance(claim.processInstanceId(), "the process ended without closing the claim");

        JsonNode payment = money.pay(claim.referenceNumber(), "20.00", LocalDate.parse("2025-12-17"));

        assertThat(payment.get("state").asText()).isEqualTo("ALLOCATED");
        assertThat(payment.get("processMessage").asText()).isEqualTo("NOT_DELIVERED");
        assertThat(ledger.balances(claim, LocalDate.parse("2025-12-17")).paid()).isEqualTo(Money.of("20.00"));
        assertThat(http.getAsAdmin("/api/admin/payments?processMessage=NOT_DELIVERED").body())
                .extracting(listed -> listed.get("id").asText()).contains(payment.get("id").asText());
    }

    private Claim claimWaitingForTheFirstDemand() {
        standOn("2025-12-17");
        Claim claim = submit();
        journey.sendReminderNow(claim.id().toString());
        return claim;
    }

    private Claim submit() {
        return claims.require(UUID.fromString(driver.submit(validConsumerClaim().toString())));
    }

    private JsonNode refundOf(String paymentId) {
        for (JsonNode refund : http.getAsAdmin("/api/admin/refunds").body()) {
            if (refund.get("paymentId").asText().equals(paymentId)) {
                return refund;
            }
        }
        throw new AssertionError("no refund of payment " + paymentId);
    }

    private void standOn(String day) {
        journey.standOn(LocalDate.parse(day));
    }

    private static List<String> lines(LedgerEntry entry) {
        return entry.lines().stream().map(line -> line.component() + " " + line.amount()).toList();
    }
}
