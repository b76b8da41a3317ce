package fi.saatava.gateway.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.iso20022.Iso20022Schema;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.support.Camt054File;
import fi.saatava.gateway.support.Camt054File.Payment;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.law.identifiers.RfReference;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@GatewayTest
class BankStatementImportTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

    @Autowired
    private GatewayHttp http;
    @Autowired
    private ProcessDriver driver;
    @Autowired
    private ClaimRepository claims;
    @Autowired
    private ClaimEvents claimEvents;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private LedgerService ledger;

    @Test
    void matchesEachPaymentByNationalOrRfReferenceQueuesTheRestAndAccountsForEveryCent() {
        Claim first = newClaim();
        Claim second = newClaim();
        Claim closed = newClaim();
        claimEvents.close(closed.id(), ProcessContract.CloseReasons.WITHDRAWN);
        String run = unique();
        byte[] file = Camt054File.notification("MSG-" + run)
                .credit(MONDAY, Payment.of(run + "-1", "40.00", first.reference()))
                .batch(run + "-B", MONDAY, Payment.of(run + "-2", "15.25", RfReference.format(
                        RfReference.fromNational(second.reference()))),
                        Payment.of(run + "-3", "7.00", "0000" + first.reference()))
                .credit(MONDAY, Payment.of(run + "-4", "99.99", "1232"))
                .credit(MONDAY, Payment.of(run + "-5", "12.00", null))
                .credit(MONDAY, Payment.of(run + "-6", "3.10", "1234"))
                .credit(MONDAY, Payment.of(run + "-7", "20.00", closed.reference()))
                .debit(MONDAY, Payment.of(run + "-8", "500.00", null))
                .pending(MONDAY, Payment.of(run + "-9", "1.00", first.reference()))
                .bytes();

        JsonNode imported = importFile(file).body();

        assertThat(lines(imported)).containsExactly(
                tuple(run + "-1", "RECEIVED", "ALLOCATED", first.id().toString(), null),
                tuple(run + "-2", "RECEIVED", "ALLOCATED", second.id().toString(), null),
                tuple(run + "-3", "RECEIVED", "ALLOCATED", first.id().toString(), null),
                tuple(run + "-4", "RECEIVED", "UNMATCHED", null, "UNKNOWN_REFERENCE"),
                tuple(run + "-5", "RECEIVED", "UNMATCHED", null, "NO_REFERENCE"),
                tuple(run + "-6", "RECEIVED", "UNMATCHED", null, "INVALID_REFERENCE"),
                tuple(run + "-7", "RECEIVED", "UNMATCHED", null, "CLAIM_CLOSED"),
                tuple(run + "-8", "NOT_A_PAYMENT", null, null, null));
        assertThat(sumByState(imported.get("statementId").asText()))
                .as("every cent of the file's 197.34 € is with a claim or queued")
                .isEqualTo(new BigDecimal("197.34"));
    }

    @Test
    void importingTheSameFileAgainOrAFileRepeatingItsPaymentsChangesNothing() {
        Claim claim = newClaim();
        String run = unique();
        Camt054File once = Camt054File.notification("MSG-" + run)
                .credit(MONDAY, Payment.of(run + "-1", "10.00", claim.reference()))
                .credit(MONDAY, Payment.of(run + "-2", "5.00", "1232"));
        importFile(once.bytes());
        long paymentsBefore = count("saatava.payment");
        long statementsBefore = count("saatava.bank_statement");

        JsonNode again = importFile(once.bytes()).body();
        JsonNode overlapping = importFile(Camt054File.notification("MSG-" + run + "-next")
                .credit(MONDAY, Payment.of(run + "-2", "5.00", "1232"))
                .credit(MONDAY.plusDays(1), Payment.of(run + "-3", "1.00", claim.reference()))
                .bytes()).body();

        assertThat(again.get("lines")).extracting(line -> line.get("outcome").asText())
                .containsExactly("DUPLICATE", "DUPLICATE");
        assertThat(overlapping.get("lines")).extracting(line -> line.get("outcome").asText())
                .containsExactly("DUPLICATE", "RECEIVED");
        assertThat(count("saatava.payment")).isEqualTo(paymentsBefore + 1);
        assertThat(count("saatava.bank_statement")).isEqualTo(statementsBefore + 1);
        assertThat(jdbc.sql("select state from saatava.payment where bank_reference = :r")
                .param("r", run + "-2").query(String.class).single()).isEqualTo("UNMATCHED");
    }

    @Test
    void aReversalTakesThePaymentBackOnceWhereverItWas() {
        String run = unique();
        importFile(Camt054File.notification("MSG-" + run)
                .credit(MONDAY, Payment.of(run + "-1", "30.00", "1232"))
                .bytes());
        byte[] reversal = Camt054File.notification("MSG-" + run + "-R")
                .reversal(MONDAY.plusDays(1), Payment.of(run + "-R", "30.00", "1232"))
                .reversal(MONDAY.plusDays(1), Payment.of(run + "-R2", "8.00", "RF98 11112"))
                .bytes();

        JsonNode first = importFile(reversal).body();
        JsonNode second = importFile(reversal).body();

        assertThat(first.get("lines")).extracting(line -> line.get("outcome").asText())
                .containsExactly("REVERSED", "REVERSAL_UNMATCHED");
        assertThat(second.get("lines")).extracting(line -> line.get("outcome").asText())
                .containsExactly("DUPLICATE", "DUPLICATE");
        assertThat(jdbc.sql("select state from saatava.payment where bank_reference = :r")
                .param("r", run + "-1").query(String.class).single()).isEqualTo("REVERSED");
        assertThat(http.getAsAdmin("/api/admin/unmatched-payments").body())
                .extracting(payment -> payment.get("bankReference").asText()).doesNotContain(run + "-1");
    }

    @Test
    void operatorsAssignOrRefundQueuedPaymentsAndRefundsLeaveInAValidCreditTransferFile() {
        Claim claim = newClaim();
        String run = unique();
        JsonNode imported = importFile(Camt054File.notification("MSG-" + run)
                .credit(MONDAY, Payment.of(run + "-1", "25.00", null))
                .credit(MONDAY, new Payment(run + "-2", "14.00", "9999995", "Väärä Maksaja", null, "väärä tili"))
                .bytes()).body();
        String toAssign = imported.get("lines").get(0).get("payment").get("id").asText();
        String toRefund = imported.get("lines").get(1).get("payment").get("id").asText();

        GatewayHttp.Answer assigned = postAsAdmin("/api/admin/unmatched-payments/" + toAssign + "/assignment",
                "{\"claimId\":\"" + claim.id() + "\"}");
        GatewayHttp.Answer noAccount = postAsAdmin("/api/admin/unmatched-payments/" + toRefund + "/refund", "{}");
        GatewayHttp.Answer refunded = postAsAdmin("/api/admin/unmatched-payments/" + toRefund + "/refund",
                "{\"payeeIban\":\"FI58 1017 1000 0001 22\"}");
        GatewayHttp.Answer again = postAsAdmin("/api/admin/unmatched-payments/" + toAssign + "/assignment",
                "{\"claimId\":\"" + claim.id() + "\"}");

        assertThat(assigned.status()).isEqualTo(HttpStatus.OK);
        assertThat(assigned.body().get("state").asText()).isEqualTo("ALLOCATED");
        assertThat(assigned.body().get("claimId").asText()).isEqualTo(claim.id().toString());
        assertThat(assigned.body().get("resolvedBy").asText()).isEqualTo(GatewayHttp.ADMIN);
        assertThat(noAccount.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refunded.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(refunded.body().get("amount").asText()).isEqualTo("14.00");
        assertThat(refunded.body().get("payeeName").asText()).isEqualTo("Väärä Maksaja");
        assertThat(again.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ledger.balances(claims.require(claim.id()), MONDAY).paid()).isEqualTo(Money.of("25.00"));
        assertThat(http.getAsAdmin("/api/admin/unmatched-payments").body())
                .extracting(payment -> payment.get("id").asText()).doesNotContain(toAssign, toRefund);

        GatewayHttp.Answer transfer = postAsAdmin("/api/admin/refund-transfers", "");
        assertThat(transfer.status()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<byte[]> pain = rest.withBasicAuth(GatewayHttp.ADMIN, GatewayHttp.ADMIN)
                .getForEntity(transfer.location(), byte[].class);
        Iso20022Schema.PAIN_001_001_03.validate(pain.getBody());
        assertThat(new String(pain.getBody(), StandardCharsets.UTF_8))
                .contains("<IBAN>FI5810171000000122</IBAN>", "<InstdAmt Ccy=\"EUR\">14.00</InstdAmt>");
        assertThat(http.getAsAdmin("/api/admin/refunds").body()).isEmpty();
        assertThat(postAsAdmin("/api/admin/refund-transfers", "").status()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aSinglePaymentIsReceivedOnceAndBadInputNamesTheField() {
        Claim claim = newClaim();
        String reference = unique();
        String body = """
                {"bankReference": "%s", "amount": "12.50", "date": "2026-03-03", "reference": "%s",
                 "payer": {"name": "Matti", "iban": "FI21 1234 5600 0007 85"}}""".formatted(reference,
                claim.reference());

        GatewayHttp.Answer created = postAsAdmin("/api/admin/payments", body);
        GatewayHttp.Answer replayed = postAsAdmin("/api/admin/payments", body);
        GatewayHttp.Answer badIban = postAsAdmin("/api/admin/payments", body.replace("FI21 1234 5600 0007 85",
                "FI21 1234 5600 0007 86").replace(reference, unique()));
        GatewayHttp.Answer badAmount = postAsAdmin("/api/admin/payments", body.replace("12.50", "-1")
                .replace(reference, unique()));

        assertThat(created.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.body().get("claimId").asText()).isEqualTo(claim.id().toString());
        assertThat(replayed.status()).isEqualTo(HttpStatus.OK);
        assertThat(replayed.body().get("id")).isEqualTo(created.body().get("id"));
        assertThat(badIban.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badIban.body().get("errors").get(0).get("field").asText()).isEqualTo("payer.iban");
        assertThat(badAmount.body().get("errors").get(0).get("field").asText()).isEqualTo("amount");
    }

    @Test
    void refusesAFileOfAnotherAccountOrAnInvalidFileAndStoresNothing() {
        long before = count("saatava.bank_statement");

        GatewayHttp.Answer otherAccount = importFile(Camt054File.notification("MSG-" + unique(),
                "FI2112345600000785").credit(MONDAY, Payment.of(unique(), "1.00", "1232")).bytes());
        GatewayHttp.Answer invalid = importFile("<Document/>".getBytes(StandardCharsets.UTF_8));
        ResponseEntity<String> anonymous = rest.exchange(RequestEntity.post("/api/admin/bank-statements")
                .contentType(MediaType.APPLICATION_XML).body("<Document/>"), String.class);

        assertThat(otherAccount.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(otherAccount.body().get("errors").get(0).get("message").asText()).contains("FI2112345600000785");
        assertThat(invalid.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(count("saatava.bank_statement")).isEqualTo(before);
    }

    private record Claim(UUID id, String reference) {
    }

    private Claim newClaim() {
        ObjectNode json = ClaimJson.validConsumerClaim();
        json.put("creditorReference", "PAY-" + unique());
        UUID id = UUID.fromString(driver.submit(json.toString()));
        return new Claim(id, claims.require(id).referenceNumber());
    }

    private GatewayHttp.Answer importFile(byte[] file) {
        return http.exchangeAsAdmin(RequestEntity.post("/api/admin/bank-statements")
                .contentType(MediaType.APPLICATION_XML).body(file));
    }

    private GatewayHttp.Answer postAsAdmin(String path, String json) {
        return http.exchangeAsAdmin(RequestEntity.post(path).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    private static List<Tuple> lines(JsonNode imported) {
        return StreamSupport.stream(imported.get("lines").spliterator(), false)
                .map(line -> {
                    JsonNode payment = line.get("payment");
                    boolean none = payment == null || payment.isNull();
                    return tuple(line.get("bankReference").asText(), line.get("outcome").asText(),
                            none ? null : payment.get("state").asText(),
                            none || payment.get("claimId").isNull() ? null : payment.get("claimId").asText(),
                            none || payment.get("reason").isNull() ? null : payment.get("reason").asText());
                })
                .toList();
    }

    private BigDecimal sumByState(String statementId) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from saatava.payment
                 where statement_id = :id and state in ('MATCHED', 'ALLOCATED', 'UNMATCHED', 'REFUNDED')""")
                .param("id", UUID.fromString(statementId)).query(BigDecimal.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 18);
    }
}
