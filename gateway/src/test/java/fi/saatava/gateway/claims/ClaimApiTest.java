package fi.saatava.gateway.claims;

import static fi.saatava.gateway.support.ClaimJson.address;
import static fi.saatava.gateway.support.ClaimJson.debtor;
import static fi.saatava.gateway.support.ClaimJson.invoice;
import static fi.saatava.gateway.support.ClaimJson.validBusinessClaim;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.ClaimTables;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.law.identifiers.ReferenceNumber;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

@GatewayTest
class ClaimApiTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    GatewayHttp http;

    @Autowired
    ClaimTables tables;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void aValidConsumerClaimIsStoredAndItsProcessStarted() {
        ObjectNode submitted = validConsumerClaim();
        Answer created = http.postClaim(submitted.toString());

        assertThat(created.status()).isEqualTo(HttpStatus.CREATED);
        String id = created.body().get("id").asText();
        assertThat(created.location()).endsWith("/api/v1/claims/" + id);

        ProcessInstance process = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .singleResult();
        assertThat(process.getProcessDefinitionId()).startsWith(ProcessContract.Processes.CONSUMER_COLLECTION + ":");
        assertThat(runtimeService.getVariables(process.getId())).containsOnly(
                org.assertj.core.api.Assertions.entry(ProcessContract.Variables.CLAIM_ID, id),
                org.assertj.core.api.Assertions.entry(ProcessContract.Variables.REMINDER_SENT_BY_CREDITOR, false));

        JsonNode claim = http.get(created.location()).body();
        assertThat(claim.get("id").asText()).isEqualTo(id);
        assertThat(claim.get("creditorReference").asText()).isEqualTo(submitted.get("creditorReference").asText());
        assertThat(created.body().get("referenceNumber").asText()).isEqualTo(claim.get("referenceNumber").asText());
        assertThat(ReferenceNumber.validate(claim.get("referenceNumber").asText()).valid()).isTrue();
        assertThat(claim.at("/debtor/identityCode").asText()).isEqualTo("131052-****");
        assertThat(claim.at("/debtor/address/country").asText()).isEqualTo("FI");
        assertThat(claim.at("/invoice/principal").asText()).isEqualTo("120.00");
        assertThat(claim.at("/invoice/reminderAlreadySent").asBoolean()).isFalse();
        assertThat(claim.at("/process/state").asText()).isEqualTo("RUNNING");
        assertThat(claim.at("/process/processInstanceId").asText()).isEqualTo(process.getId());
        assertThat(claim.at("/process/currentActivities/0/id").asText()).isEqualTo("Activity_CheckCredit");
        assertThat(claim.at("/process/currentActivities/0/name").asText()).isEqualTo("Check credit");
        assertThat(claim.at("/process/timers")).isEmpty();
    }

    @Test
    void aValidBusinessClaimRunsTheBusinessCollectionProcess() {
        Answer created = http.postClaim(validBusinessClaim().toString());

        assertThat(created.status()).isEqualTo(HttpStatus.CREATED);
        JsonNode claim = http.get(created.location()).body();
        assertThat(claim.at("/debtor/type").asText()).isEqualTo("BUSINESS");
        assertThat(claim.at("/debtor/identityCode").asText()).isEqualTo("2077474-0");
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(created.body().get("id").asText())
                .processDefinitionKey(ProcessContract.Processes.BUSINESS_COLLECTION).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(claim.at("/process/processInstanceId").asText(),
                ProcessContract.Variables.COMMERCIAL_PAYMENT)).isEqualTo(false);
    }

    @Test
    void eachClaimGetsItsOwnReferenceNumber() {
        String first = http.get(http.postClaim(validConsumerClaim().toString()).location()).body()
                .get("referenceNumber").asText();
        String second = http.get(http.postClaim(validConsumerClaim().toString()).location()).body()
                .get("referenceNumber").asText();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theCreditorsReminderDateIsKept() {
        ObjectNode body = validConsumerClaim();
        invoice(body).put("reminderAlreadySent", true).put("reminderSentOn", "2025-11-25");

        Answer created = http.postClaim(body.toString());

        assertThat(created.status()).isEqualTo(HttpStatus.CREATED);
        JsonNode claim = http.get(created.location()).body();
        assertThat(claim.at("/invoice/reminderSentOn").asText()).isEqualTo("2025-11-25");
        String processInstanceId = claim.at("/process/processInstanceId").asText();
        assertThat(runtimeService.getVariable(processInstanceId,
                ProcessContract.Variables.REMINDER_SENT_BY_CREDITOR)).isEqualTo(true);
    }

    static Stream<Arguments> invalidClaims() {
        return Stream.of(
                invalid("a henkilötunnus with a wrong check character", "debtor.identityCode",
                        claim -> debtor(claim).put("identityCode", "131052-308A")),
                invalid("a Y-tunnus with a wrong check digit", "debtor.identityCode",
                        claim -> debtor(validBusinessClaimInto(claim)).put("identityCode", "2077474-1")),
                invalid("a henkilötunnus for a business", "debtor.identityCode",
                        claim -> debtor(validBusinessClaimInto(claim)).put("identityCode", "131052-308T")),
                invalid("an unknown debtor type", "debtor.type",
                        claim -> debtor(claim).put("type", "PERSON")),
                invalid("a zero principal", "invoice.principal",
                        claim -> invoice(claim).put("principal", "0.00")),
                invalid("a negative principal", "invoice.principal",
                        claim -> invoice(claim).put("principal", "-5.00")),
                invalid("a principal with one decimal", "invoice.principal",
                        claim -> invoice(claim).put("principal", "120.5")),
                invalid("a due date before the invoice date", "invoice.dueDate",
                        claim -> invoice(claim).put("dueDate", "2025-10-26")),
                invalid("an unknown language", "debtor.language",
                        claim -> debtor(claim).put("language", "de")),
                invalid("a missing address", "debtor.address",
                        claim -> debtor(claim).remove("address")),
                invalid("a four-digit postal code", "debtor.address.postalCode",
                        claim -> address(claim).put("postalCode", "0010")),
                invalid("a missing name", "debtor.name",
                        claim -> debtor(claim).put("name", " ")),
                invalid("a reminder without its date", "invoice.reminderSentOn",
                        claim -> invoice(claim).put("reminderAlreadySent", true)),
                invalid("a reminder date without a reminder", "invoice.reminderSentOn",
                        claim -> invoice(claim).put("reminderSentOn", "2025-11-20")),
                invalid("a reminder date in the future", "invoice.reminderSentOn",
                        claim -> invoice(claim).put("reminderAlreadySent", true)
                                .put("reminderSentOn", "2999-01-01")),
                invalid("a reminder date before the due date", "invoice.reminderSentOn",
                        claim -> invoice(claim).put("reminderAlreadySent", true).put("reminderSentOn", "2025-11-09")),
                invalid("a missing invoice", "invoice",
                        claim -> claim.remove("invoice")),
                invalid("an impossible date", "invoice.invoiceDate",
                        claim -> invoice(claim).put("invoiceDate", "2025-02-30")),
                invalid("an unknown field in the debtor", "debtor.nickname",
                        claim -> debtor(claim).put("nickname", "Maikki")),
                invalid("an unknown top-level field", "priority",
                        claim -> claim.put("priority", "HIGH")),
                invalid("a missing creditor reference", "creditorReference",
                        claim -> claim.remove("creditorReference")),
                invalid("lines that do not add up to the principal", "invoice.lines",
                        claim -> invoice(claim).set("lines", ClaimJson.parse(
                                "[{\"description\": \"Broadband\", \"amount\": \"100.00\"},"
                                        + " {\"description\": \"Router\", \"amount\": \"19.99\"}]"))),
                invalid("a line of zero euros", "invoice.lines[1].amount",
                        claim -> invoice(claim).set("lines", ClaimJson.parse(
                                "[{\"description\": \"Broadband\", \"amount\": \"120.00\"},"
                                        + " {\"description\": \"Discount\", \"amount\": \"0.00\"}]"))),
                invalid("a line without a description", "invoice.lines[0].description",
                        claim -> invoice(claim).set("lines", ClaimJson.parse(
                                "[{\"description\": \"\", \"amount\": \"120.00\"}]"))),
                invalid("a consumer's claim as a commercial payment", "terms.commercialPayment",
                        claim -> claim.set("terms", ClaimJson.parse("{\"commercialPayment\": true}"))),
                invalid("a business debtor's claim as a consumer claim", "terms.consumerClaim",
                        claim -> validBusinessClaimInto(claim).set("terms",
                                ClaimJson.parse("{\"consumerClaim\": true}"))),
                invalid("a contractual rate with one decimal", "terms.contractualInterestRate",
                        claim -> claim.set("terms", ClaimJson.parse("{\"contractualInterestRate\": \"12.5\"}"))),
                invalid("an unknown field in the terms", "terms.priority",
                        claim -> claim.set("terms", ClaimJson.parse("{\"priority\": \"HIGH\"}"))),
                invalid("an e-mail address without an @", "debtor.email",
                        claim -> debtor(claim).put("email", "maija.example.fi")),
                invalid("a consent to electronic letters without an e-mail address", "debtor.email",
                        claim -> debtor(claim).set("electronicLettersConsent",
                                ClaimJson.parse("{\"givenOn\": \"2025-10-01\"}"))),
                invalid("a consent given in the future", "debtor.electronicLettersConsent.givenOn",
                        claim -> debtor(claim).put("email", "maija@example.fi").set("electronicLettersConsent",
                                ClaimJson.parse("{\"givenOn\": \"2999-01-01\"}"))),
                invalid("a consent without its date", "debtor.electronicLettersConsent.givenOn",
                        claim -> debtor(claim).put("email", "maija@example.fi").set("electronicLettersConsent",
                                ClaimJson.parse("{}"))),
                invalid("a phone number with letters", "debtor.phone",
                        claim -> debtor(claim).put("phone", "call me")));
    }

    private static Arguments invalid(String what, String field, Consumer<ObjectNode> change) {
        ObjectNode claim = validConsumerClaim();
        change.accept(claim);
        return Arguments.of(what, field, claim.toString());
    }

    private static ObjectNode validBusinessClaimInto(ObjectNode claim) {
        claim.setAll(validBusinessClaim());
        return claim;
    }

    @ParameterizedTest(name = "{0} is rejected naming {1}")
    @MethodSource("invalidClaims")
    void anInvalidClaimIsRejectedNamingTheFieldAndNothingIsStored(String what, String field, String body) {
        ClaimTables.Counts before = tables.counts();

        Answer answer = http.postClaim(body);

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.contentType()).isEqualTo(PROBLEM);
        assertThat(answer.body().get("type").asText()).isEqualTo("https://saatava.fi/problems/invalid-request");
        assertThat(answer.body().get("status").asInt()).isEqualTo(400);
        assertThat(answer.body().get("instance").asText()).isEqualTo("/api/v1/claims");
        assertThat(answer.body().get("title").asText()).isNotBlank();
        assertThat(answer.body().get("detail").asText()).isNotBlank();
        assertThat(fields(answer.body())).containsExactly(field);
        assertThat(answer.body().at("/errors/0/message").asText()).isNotBlank();
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void anAmountMustBeAStringNotAJsonNumber() {
        // A JSON number is a binary float in most clients (0.1 + 0.2 is 0.30000000000000004): money is a string.
        String principalAsNumber = validConsumerClaim().toString()
                .replace("\"principal\":\"120.00\"", "\"principal\":120.00");
        assertThat(principalAsNumber).contains("\"principal\":120.00");
        ClaimTables.Counts before = tables.counts();

        Answer answer = http.postClaim(principalAsNumber);

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.contentType()).isEqualTo(PROBLEM);
        assertThat(fields(answer.body())).containsExactly("invoice.principal");
        assertThat(answer.body().at("/errors/0/message").asText()).isEqualTo("must be a string");
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        ObjectNode claim = validConsumerClaim();
        debtor(claim).put("identityCode", "131052-308A").put("language", "de");
        invoice(claim).put("principal", "0.00").put("dueDate", "2025-10-01");
        ClaimTables.Counts before = tables.counts();

        Answer answer = http.postClaim(claim.toString());

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer.body())).containsExactly(
                "debtor.identityCode", "debtor.language", "invoice.dueDate", "invoice.principal");
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsAProblemAndNothingIsStored() {
        ClaimTables.Counts before = tables.counts();

        Answer answer = http.postClaim("{\"debtor\": {\"type\": \"CONSUMER\",");

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.contentType()).isEqualTo(PROBLEM);
        assertThat(answer.body().get("type").asText()).isEqualTo("https://saatava.fi/problems/malformed-request");
        assertThat(answer.body().get("instance").asText()).isEqualTo("/api/v1/claims");
        assertThat(tables.counts()).isEqualTo(before);
    }

    @Test
    void anUnknownClaimIsNotFound() {
        Answer answer = http.get("/api/v1/claims/5d1f0c1a-2b3c-4d5e-8f90-123456789abc");

        assertThat(answer.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.contentType()).isEqualTo(PROBLEM);
        assertThat(answer.body().get("type").asText()).isEqualTo("https://saatava.fi/problems/not-found");
        assertThat(answer.body().get("instance").asText())
                .isEqualTo("/api/v1/claims/5d1f0c1a-2b3c-4d5e-8f90-123456789abc");
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsText("field");
    }
}
