package fi.saatava.gateway.creditors;

import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.gateway.support.TestCreditors.TestCreditor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@GatewayTest
class CreditorAdminApiTest {

    @Autowired
    GatewayHttp http;

    @Autowired
    TestCreditors creditors;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registeringACreditorReturnsItsKeyOnceAndStoresOnlyTheHash() {
        String businessId = TestCreditors.uniqueBusinessId();

        Answer answer = http.exchangeAsAdmin(RequestEntity.post("/api/admin/creditors")
                .contentType(MediaType.APPLICATION_JSON).body(TestCreditors.registration(businessId).toString()));

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        JsonNode creditor = answer.body().get("creditor");
        assertThat(answer.location()).endsWith("/api/admin/creditors/" + creditor.get("id").asText());
        assertThat(creditor.get("businessId").asText()).isEqualTo(businessId);
        assertThat(creditor.get("settlementIban").asText()).isEqualTo("FI3715903000000776");
        assertThat(creditor.at("/address/country").asText()).isEqualTo("FI");
        assertThat(creditor.at("/commission/percent").asText()).isEqualTo("15.00");
        assertThat(creditor.at("/commission/fixedFeePerClaim").asText()).isEqualTo("0.00");
        String key = answer.body().at("/apiKey/key").asText();
        assertThat(key).startsWith("sk_").hasSizeGreaterThan(40);
        assertThat(creditor.at("/apiKeys/0/prefix").asText()).isEqualTo(key.substring(0, 10));

        Answer shown = http.getAsAdmin(answer.location());
        assertThat(shown.body().toString()).doesNotContain(key);
        assertThat(jdbc.sql("select count(*) from saatava.creditor_api_key where key_sha256 = :key")
                .param("key", key).query(Long.class).single()).isZero();
        assertThat(http.postClaim(key, validConsumerClaim().toString()).status()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aSecondRegistrationOfTheSameBusinessIdIsAConflict() {
        TestCreditor first = creditors.register();

        Answer second = http.exchangeAsAdmin(RequestEntity.post("/api/admin/creditors")
                .contentType(MediaType.APPLICATION_JSON)
                .body(TestCreditors.registration(first.businessId()).toString()));

        assertThat(second.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anInvalidRegistrationNamesEachBadField() {
        ObjectNode registration = TestCreditors.registration("2077474-1");
        registration.put("settlementIban", "FI37 1590 3000 0007 77").put("letterLanguage", "de");
        ((ObjectNode) registration.get("contact")).put("email", "not-an-address");
        ((ObjectNode) registration.get("commission")).put("percent", "120.00");
        registration.put("unexpected", true);

        Answer unknownField = http.exchangeAsAdmin(RequestEntity.post("/api/admin/creditors")
                .contentType(MediaType.APPLICATION_JSON).body(registration.toString()));
        registration.remove("unexpected");
        Answer answer = http.exchangeAsAdmin(RequestEntity.post("/api/admin/creditors")
                .contentType(MediaType.APPLICATION_JSON).body(registration.toString()));

        assertThat(unknownField.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownField.body().get("errors").findValuesAsText("field")).containsExactly("unexpected");
        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.body().get("errors").findValuesAsText("field")).containsExactly("businessId",
                "commission.percent", "contact.email", "letterLanguage", "settlementIban");
    }

    @Test
    void onlyOperatorsAndAdministratorsMayUseTheAdminApi() {
        if (identityService.createUserQuery().userId("advisor").count() == 0) {
            User user = identityService.newUser("advisor");
            user.setPassword("advisor-password");
            identityService.saveUser(user);
        }
        String body = TestCreditors.registration(TestCreditors.uniqueBusinessId()).toString();
        RequestEntity<String> request = RequestEntity.post(URI.create("/api/admin/creditors"))
                .contentType(MediaType.APPLICATION_JSON).body(body);

        ResponseEntity<String> anonymous = rest.exchange(request, String.class);
        ResponseEntity<String> notAnOperator = rest.withBasicAuth("advisor", "advisor-password")
                .exchange(request, String.class);
        Answer withACreditorKey = http.post(http.defaultCreditor().apiKey(), "/api/admin/creditors", body);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(notAnOperator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(notAnOperator.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(withACreditorKey.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anAdditionalKeyLeavesTheOldOneValidUntilItIsRevoked() {
        TestCreditor creditor = creditors.register();

        Answer issued = http.exchangeAsAdmin(RequestEntity.post(URI.create(
                "/api/admin/creditors/" + creditor.id() + "/api-keys")).build());
        String newKey = issued.body().get("key").asText();

        assertThat(issued.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(claimsAccepted(creditor.apiKey(), newKey)).containsExactly(HttpStatus.CREATED, HttpStatus.CREATED);

        Answer revoked = http.exchangeAsAdmin(RequestEntity.delete(URI.create(
                "/api/admin/creditors/" + creditor.id() + "/api-keys/" + creditor.apiKeyId())).build());

        assertThat(revoked.status()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(claimsAccepted(creditor.apiKey(), newKey))
                .containsExactly(HttpStatus.UNAUTHORIZED, HttpStatus.CREATED);
        JsonNode keys = http.getAsAdmin("/api/admin/creditors/" + creditor.id()).body().get("apiKeys");
        assertThat(keys.get(0).get("revokedAt").asText()).isNotBlank();
        assertThat(keys.get(1).get("revokedAt").isNull()).isTrue();
    }

    @Test
    void rotationRevokesEveryOtherKeyAtOnce() {
        TestCreditor creditor = creditors.register();
        String second = http.exchangeAsAdmin(RequestEntity.post(URI.create(
                "/api/admin/creditors/" + creditor.id() + "/api-keys")).build()).body().get("key").asText();

        Answer rotated = http.exchangeAsAdmin(RequestEntity.post(URI.create(
                "/api/admin/creditors/" + creditor.id() + "/api-keys/rotation")).build());

        assertThat(rotated.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(claimsAccepted(creditor.apiKey(), second, rotated.body().get("key").asText()))
                .containsExactly(HttpStatus.UNAUTHORIZED, HttpStatus.UNAUTHORIZED, HttpStatus.CREATED);
    }

    @Test
    void unknownCreditorsAndKeysAreNotFound() {
        TestCreditor creditor = creditors.register();
        TestCreditor other = creditors.register();

        Answer unknownCreditor = http.getAsAdmin("/api/admin/creditors/5d1f0c1a-2b3c-4d5e-8f90-123456789abc");
        Answer othersKey = http.exchangeAsAdmin(RequestEntity.delete(URI.create(
                "/api/admin/creditors/" + creditor.id() + "/api-keys/" + other.apiKeyId())).build());

        assertThat(unknownCreditor.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(othersKey.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postClaim(other.apiKey(), validConsumerClaim().toString()).status())
                .isEqualTo(HttpStatus.CREATED);
    }

    private List<HttpStatus> claimsAccepted(String... keys) {
        return java.util.Arrays.stream(keys)
                .map(key -> HttpStatus.valueOf(http.postClaim(key, validConsumerClaim().toString()).status().value()))
                .toList();
    }
}
