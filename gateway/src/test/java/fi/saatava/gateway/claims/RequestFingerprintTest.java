package fi.saatava.gateway.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.gateway.support.ClaimJson;
import org.junit.jupiter.api.Test;

/**
 * A claim's fingerprint answers replays of its creditor reference, so an optional field added later must leave the
 * fingerprint of a request without it unchanged: claims stored before it existed still replay as the same claim.
 */
class RequestFingerprintTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final RequestFingerprint fingerprint = new RequestFingerprint(json);

    @Test
    void anAbsentOriginalCreditorNameIsNotPartOfTheFingerprint() throws Exception {
        ClaimRequest without = json.treeToValue(ClaimJson.validConsumerClaim(), ClaimRequest.class);
        ClaimRequest with = json.treeToValue(
                ClaimJson.validConsumerClaim().put("creditorReference", without.creditorReference())
                        .put("originalCreditorName", "Tampereen Sähkö Oy"), ClaimRequest.class);

        assertThat(json.writeValueAsString(without)).doesNotContain("originalCreditorName");
        assertThat(fingerprint.of(with)).isNotEqualTo(fingerprint.of(without));
    }
}
