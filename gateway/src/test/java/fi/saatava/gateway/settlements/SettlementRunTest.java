package fi.saatava.gateway.settlements;

import static fi.saatava.gateway.support.MoneyApi.claimFunds;
import static fi.saatava.gateway.support.MoneyApi.creditorFunds;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.iso20022.Iso20022Schema;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.Camt054File;
import fi.saatava.gateway.support.Camt054File.Payment;
import fi.saatava.gateway.support.CollectionJourney;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.MoneyApi;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.gateway.time.ClockConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * Collected funds of many claims of two creditors, settled by the settlement-run process with the real delegates:
 * consumer claims of 120.00 € due 10.11.2025, paid on 18.12.2025 with 38 days' late interest at 9.5 % (1.19 €).
 */
@GatewayTest
class SettlementRunTest {

    private static final LocalDate PAID_ON = LocalDate.parse("2025-12-18");
    private static final String IBAN_A = "FI2112345600000785";
    private static final String IBAN_B = "FI5810171000000122";

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
    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    @Test
    void aRunSettlesEachCreditorByItsTermsWithReportsAndAValidTransferFileAndASecondRunSettlesNothing()
            throws IOException {
        // A: 15 % commission, no fixed fee, no share of costs. B: 10 %, 2.00 € per claim, half of the costs.
        TestCreditors.TestCreditor creditorA = creditors.register(terms(IBAN_A, "15.00", "0.00", null));
        TestCreditors.TestCreditor creditorB = creditors.register(terms(IBAN_B, "10.00", "2.00", "50.00"));
        journey.standOn(LocalDate.parse("2025-12-17"));
        List<Claim> claimsOfA = new ArrayList<>();
        List<Claim> claimsOfB = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            claimsOfA.add(journey.submitConsumerClaim(creditorA));
        }
        for (int i = 0; i < 5; i++) {
            claimsOfB.add(withReminderSent(journey.submitConsumerClaim(creditorB))); // a 5.00 € reminder fee each
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        Camt054File file = Camt054File.notification("MSG-" + run);
        for (int i = 0; i < 5; i++) {
            file.credit(PAID_ON, Payment.of(run + "-A" + i, "121.19", claimsOfA.get(i).referenceNumber()));
            file.credit(PAID_ON, Payment.of(run + "-B" + i, i < 4 ? "126.19" : "60.00",
                    claimsOfB.get(i).referenceNumber()));
        }
        // Paid and taken back by the bank the same day: nothing to settle for that claim.
        file.credit(PAID_ON, Payment.of(run + "-A5", "30.00", claimsOfA.get(5).referenceNumber()))
                .reversal(PAID_ON, Payment.of(run + "-R", "30.00", claimsOfA.get(5).referenceNumber()));
        clock.fixAt(PAID_ON.atTime(LocalTime.of(7, 0)).atZone(ClockConfiguration.FINLAND).toInstant());
        assertThat(money.importStatement(file.bytes()).status()).isEqualTo(HttpStatus.OK);

        JsonNode fundsBefore = money.clientFunds();
        for (Claim claim : concat(claimsOfA, claimsOfB)) {
            assertThat(new BigDecimal(claimFunds(fundsBefore, claim.id()).get("notSettled").asText()))
                    .as("client funds of claim %s reconcile with its ledger", claim.id())
                    .isEqualByComparingTo(ledger.balances(claim, PAID_ON).paid().toBigDecimal());
        }
        assertThat(creditorFunds(fundsBefore, creditorA.id()).get("notSettled").asText()).isEqualTo("605.95");
        assertThat(creditorFunds(fundsBefore, creditorB.id()).get("notSettled").asText()).isEqualTo("564.76");

        JsonNode firstRun = runOn("2025-12-22");

        // A: 5 × (121.19 − 15 % = 18.18) = 515.05; the reversed claim's line is all zero.
        JsonNode settlementA = onlySettlement(creditorA);
        assertThat(settlementA.get("principal").asText()).isEqualTo("600.00");
        assertThat(settlementA.get("interest").asText()).isEqualTo("5.95");
        assertThat(settlementA.get("commission").asText()).isEqualTo("90.90");
        assertThat(settlementA.get("net").asText()).isEqualTo("515.05");
        // B: 4 × (120.00 + 1.19 + 2.50 of the 5.00 € costs − 12.37 − 2.00) + (60.00 − 6.00 − 2.00) = 489.28.
        JsonNode settlementB = onlySettlement(creditorB);
        assertThat(settlementB.get("collectionCosts").asText()).isEqualTo("20.00");
        assertThat(settlementB.get("creditorCostShare").asText()).isEqualTo("10.00");
        assertThat(settlementB.get("commission").asText()).isEqualTo("65.48");
        assertThat(settlementB.get("net").asText()).isEqualTo("489.28");
        JsonNode detailA = http.get(creditorA.apiKey(), "/api/v1/settlements/" + settlementA.get("id").asText()).body();
        assertThat(detailA.get("lines")).hasSize(6);
        assertThat(http.get(creditorB.apiKey(), "/api/v1/settlements/" + settlementA.get("id").asText()).status())
                .as("another creditor's settlement").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get(creditorB.apiKey(), "/api/v1/settlements/" + settlementA.get("id").asText()
                + "/report.pdf").status()).as("another creditor's report").isEqualTo(HttpStatus.NOT_FOUND);

        String csv = new String(report(creditorB, settlementB, "csv"), StandardCharsets.UTF_8);
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).isEqualTo("claimId,creditorReference,referenceNumber,principal,interest,"
                + "collectionCosts,creditorCostShare,commission,fixedFee,remittanceFees,net");
        assertThat(rows).hasSize(6);
        assertThat(rows.stream().skip(1).map(row -> new BigDecimal(row.substring(row.lastIndexOf(',') + 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("489.28");
        try (PDDocument pdf = Loader.loadPDF(report(creditorB, settlementB, "pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("489.28", "Total", "50.00 %");
        }

        byte[] pain001 = transferFile(firstRun);
        Iso20022Schema.PAIN_001_001_03.validate(pain001);
        assertThat(new String(pain001, StandardCharsets.UTF_8)).contains("<IBAN>" + IBAN_A + "</IBAN>",
                "<InstdAmt Ccy=\"EUR\">515.05</InstdAmt>", "<IBAN>" + IBAN_B + "</IBAN>",
                "<InstdAmt Ccy=\"EUR\">489.28</InstdAmt>");

        JsonNode secondRun = money.settlementRun();
        assertThat(secondRun.get("settlements")).as("nothing new to settle").isEmpty();
        assertThat(secondRun.at("/run/transferFileId").isNull()).isTrue();
        assertThat(http.get(creditorA.apiKey(), "/api/v1/settlements").body()).hasSize(1);
        JsonNode fundsAfter = money.clientFunds();
        for (Claim claim : concat(claimsOfA, claimsOfB)) {
            assertThat(claimFunds(fundsAfter, claim.id())).as("claim %s settled", claim.id()).isNull();
        }
    }

    @Test
    void aMonthlyCreditorIsSettledByTheFirstRunOfEachMonthOnly() {
        ObjectNode registration = terms(IBAN_A, "15.00", "0.00", null);
        registration.put("settlementInterval", "MONTHLY");
        TestCreditors.TestCreditor monthly = creditors.register(registration);
        journey.standOn(LocalDate.parse("2025-12-17"));
        Claim first = journey.submitConsumerClaim(monthly);
        Claim second = journey.submitConsumerClaim(monthly);
        pay(first, PAID_ON);
        runOn("2025-12-22");
        pay(second, LocalDate.parse("2025-12-23"));

        runOn("2025-12-29");
        JsonNode heldInDecember = claimFunds(money.clientFunds(), second.id());
        int settlementsInDecember = http.get(monthly.apiKey(), "/api/v1/settlements").body().size();
        runOn("2026-01-05");

        assertThat(settlementsInDecember).isEqualTo(1);
        assertThat(heldInDecember.get("notSettled").asText()).isEqualTo("50.00");
        assertThat(http.get(monthly.apiKey(), "/api/v1/settlements").body()).hasSize(2);
        assertThat(claimFunds(money.clientFunds(), second.id())).isNull();
    }

    @Test
    void anOperatorChangesTheSettlementIntervalFromTheNextRun() {
        TestCreditors.TestCreditor creditor = creditors.register(terms(IBAN_A, "15.00", "0.00", null));
        journey.standOn(LocalDate.parse("2025-12-17"));
        Claim first = journey.submitConsumerClaim(creditor);
        Claim second = journey.submitConsumerClaim(creditor);
        pay(first, PAID_ON);
        runOn("2025-12-22");

        GatewayHttp.Answer monthly = changeSchedule(creditor.id(), "{\"interval\": \"MONTHLY\"}");
        assertThat(monthly.status()).isEqualTo(HttpStatus.OK);
        assertThat(monthly.body().get("settlementInterval").asText()).isEqualTo("MONTHLY");
        pay(second, LocalDate.parse("2025-12-23"));
        runOn("2025-12-29");
        assertThat(http.get(creditor.apiKey(), "/api/v1/settlements").body()).as("settled in December already")
                .hasSize(1);
        assertThat(claimFunds(money.clientFunds(), second.id()).get("notSettled").asText()).isEqualTo("50.00");

        assertThat(changeSchedule(creditor.id(), "{\"interval\": \"EVERY_RUN\"}").status())
                .isEqualTo(HttpStatus.OK);
        runOn("2025-12-30");
        assertThat(http.get(creditor.apiKey(), "/api/v1/settlements").body()).hasSize(2);
        assertThat(claimFunds(money.clientFunds(), second.id())).isNull();
    }

    @Test
    void aSettlementScheduleNamesABadIntervalAndAnUnknownCreditorIsNotFound() {
        TestCreditors.TestCreditor creditor = creditors.register();
        for (String body : List.of("{\"interval\": \"WEEKLY\"}", "{}")) {
            GatewayHttp.Answer refused = changeSchedule(creditor.id(), body);
            assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("interval");
        }
        assertThat(http.getAsAdmin("/api/admin/creditors/" + creditor.id()).body().get("settlementInterval")
                .asText()).isEqualTo("EVERY_RUN");
        assertThat(changeSchedule(UUID.randomUUID().toString(), "{\"interval\": \"MONTHLY\"}").status())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private GatewayHttp.Answer changeSchedule(String creditorId, String json) {
        return http.exchangeAsAdmin(RequestEntity.put("/api/admin/creditors/{id}/settlement-schedule", creditorId)
                .contentType(MediaType.APPLICATION_JSON).body(json));
    }

    private void pay(Claim claim, LocalDate day) {
        clock.fixAt(day.atTime(LocalTime.of(7, 0)).atZone(ClockConfiguration.FINLAND).toInstant());
        money.pay(claim.referenceNumber(), "50.00", day);
    }

    private JsonNode runOn(String monday) {
        clock.fixAt(LocalDate.parse(monday).atTime(LocalTime.of(3, 0)).atZone(ClockConfiguration.FINLAND)
                .toInstant());
        return money.settlementRun();
    }

    private static ObjectNode terms(String iban, String percent, String fixedFee, String feeShare) {
        ObjectNode registration = TestCreditors.registration(TestCreditors.uniqueBusinessId());
        registration.put("settlementIban", iban);
        ObjectNode commission = (ObjectNode) registration.get("commission");
        commission.put("percent", percent).put("fixedFeePerClaim", fixedFee);
        if (feeShare != null) {
            commission.put("feeSharePercent", feeShare);
        }
        return registration;
    }

    private Claim withReminderSent(Claim claim) {
        journey.sendReminderNow(claim.id().toString());
        return claim;
    }

    private JsonNode onlySettlement(TestCreditors.TestCreditor creditor) {
        JsonNode list = http.get(creditor.apiKey(), "/api/v1/settlements").body();
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private byte[] report(TestCreditors.TestCreditor creditor, JsonNode settlement, String format) {
        ResponseEntity<byte[]> response = rest.exchange(RequestEntity.get("/api/v1/settlements/"
                        + settlement.get("id").asText() + "/report." + format)
                .headers(headers -> headers.setBearerAuth(creditor.apiKey())).build(), byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private byte[] transferFile(JsonNode run) {
        ResponseEntity<byte[]> response = rest.withBasicAuth(GatewayHttp.ADMIN, GatewayHttp.ADMIN).getForEntity(
                "/api/admin/credit-transfer-files/" + run.at("/run/transferFileId").asText(), byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<Claim> concat(List<Claim> first, List<Claim> second) {
        List<Claim> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
