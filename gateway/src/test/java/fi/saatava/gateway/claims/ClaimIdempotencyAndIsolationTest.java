package fi.saatava.gateway.claims;

import static fi.saatava.gateway.support.ClaimJson.invoice;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.support.ClaimTables;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.gateway.support.TestCreditors.TestCreditor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;

/** The creditor reference makes submissions safe to retry; every creditor sees only its own claims. */
@GatewayTest
class ClaimIdempotencyAndIsolationTest {

    @Autowired
    GatewayHttp http;

    @Autowired
    TestCreditors creditors;

    @Autowired
    ClaimTables tables;

    @Test
    void anIdenticalReplayReturnsTheOriginalClaimAndStoresNothing() {
        TestCreditor creditor = creditors.register();
        ObjectNode claim = validConsumerClaim();
        Answer first = http.postClaim(creditor.apiKey(), claim.toString());
        ClaimTables.Counts afterFirst = tables.counts();

        Answer replay = http.postClaim(creditor.apiKey(), reordered(claim));

        assertThat(first.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(replay.status()).isEqualTo(HttpStatus.OK);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.location()).isEqualTo(first.location());
        assertThat(tables.counts()).isEqualTo(afterFirst);
    }

    @Test
    void aDifferentClaimUnderTheSameReferenceIsAConflict() {
        TestCreditor creditor = creditors.register();
        ObjectNode claim = validConsumerClaim();
        http.postClaim(creditor.apiKey(), claim.toString());
        ClaimTables.Counts afterFirst = tables.counts();
        invoice(claim).put("principal", "121.00");

        Answer conflict = http.postClaim(creditor.apiKey(), claim.toString());

        assertThat(conflict.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(conflict.body().get("type").asText()).isEqualTo("https://saatava.fi/problems/conflict");
        assertThat(conflict.body().get("detail").asText()).contains(claim.get("creditorReference").asText());
        assertThat(tables.counts()).isEqualTo(afterFirst);
    }

    @Test
    void twoCreditorsMayUseTheSameReference() {
        ObjectNode claim = validConsumerClaim();

        Answer first = http.postClaim(creditors.register().apiKey(), claim.toString());
        Answer second = http.postClaim(creditors.register().apiKey(), claim.toString());

        assertThat(first.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.body().get("id")).isNotEqualTo(first.body().get("id"));
    }

    @Test
    void aCreditorGetsNotFoundForAnotherCreditorsClaim() {
        TestCreditor a = creditors.register();
        TestCreditor b = creditors.register();
        String claimOfB = http.postClaim(b.apiKey(), validConsumerClaim().toString()).body().get("id").asText();

        Answer asA = http.get(a.apiKey(), "/api/v1/claims/" + claimOfB);
        Answer asB = http.get(b.apiKey(), "/api/v1/claims/" + claimOfB);

        assertThat(asA.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(asA.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(asA.body().get("detail").asText())
                .isEqualTo(http.get(a.apiKey(), "/api/v1/claims/5d1f0c1a-2b3c-4d5e-8f90-123456789abc").body()
                        .get("detail").asText().replace("5d1f0c1a-2b3c-4d5e-8f90-123456789abc", claimOfB));
        assertThat(asB.status()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theCreditorApiRequiresAValidBearerKey() {
        ClaimTables.Counts before = tables.counts();

        Answer noKey = http.exchange(RequestEntity.post(URI.create("/api/v1/claims"))
                .contentType(MediaType.APPLICATION_JSON).body(validConsumerClaim().toString()));
        Answer wrongKey = http.postClaim("sk_not-a-key", validConsumerClaim().toString());
        Answer basicAuth = http.exchangeAsAdmin(RequestEntity.get(URI.create("/api/v1/claims/"
                + "5d1f0c1a-2b3c-4d5e-8f90-123456789abc")).build());

        for (Answer answer : List.of(noKey, wrongKey, basicAuth)) {
            assertThat(answer.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.body().get("type").asText()).isEqualTo("https://saatava.fi/problems/unauthorized");
        }
        assertThat(tables.counts()).isEqualTo(before);
    }

    /** The same claim with its fields in reverse order. */
    private static String reordered(ObjectNode claim) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = claim.fieldNames(); it.hasNext(); ) {
            names.add(0, it.next());
        }
        ObjectNode copy = claim.objectNode();
        names.forEach(name -> copy.set(name, claim.get(name)));
        JsonNode result = copy;
        return result.toString();
    }
}
