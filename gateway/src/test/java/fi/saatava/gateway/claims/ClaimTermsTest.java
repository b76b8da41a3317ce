package fi.saatava.gateway.claims;

import static fi.saatava.gateway.support.ClaimJson.debtor;
import static fi.saatava.gateway.support.ClaimJson.invoice;
import static fi.saatava.gateway.support.ClaimJson.validBusinessClaim;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.LetterApi;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.gateway.support.TestCreditors;
import fi.saatava.gateway.support.TestCreditors.TestCreditor;
import fi.saatava.gateway.time.ClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The claim's terms, invoice lines and the debtor's contact details: stored, shown, and used by the letters. */
@GatewayTest
class ClaimTermsTest {

    @Autowired
    GatewayHttp http;

    @Autowired
    TestCreditors creditors;

    @Autowired
    ProcessDriver driver;

    @Autowired
    LetterApi letters;

    @Test
    void termsLinesAndContactDetailsAreStoredAndShown() {
        ObjectNode claim = validBusinessClaim();
        claim.set("terms", ClaimJson.parse("""
                {"commercialPayment": true, "directlyEnforceable": false, "contractualInterestRate": "12.50"}"""));
        invoice(claim).set("lines", ClaimJson.parse("""
                [{"description": "Broadband, October", "amount": "100.00"},
                 {"description": "Router rent", "amount": "20.00"}]"""));
        debtor(claim).put("email", "reskontra@esimerkki.example").put("phone", "+358 9 876 5432")
                .set("electronicLettersConsent", ClaimJson.parse("{\"givenOn\": \"2025-10-01\"}"));

        Answer created = http.postClaim(claim.toString());

        assertThat(created.status()).isEqualTo(HttpStatus.CREATED);
        JsonNode shown = http.get(created.location()).body();
        assertThat(shown.at("/terms/consumerClaim").asBoolean()).isFalse();
        assertThat(shown.at("/terms/commercialPayment").asBoolean()).isTrue();
        assertThat(shown.at("/terms/directlyEnforceable").asBoolean()).isFalse();
        assertThat(shown.at("/terms/contractualInterestRate").asText()).isEqualTo("12.50");
        assertThat(shown.at("/invoice/lines/1/lineNumber").asInt()).isEqualTo(2);
        assertThat(shown.at("/invoice/lines/1/description").asText()).isEqualTo("Router rent");
        assertThat(shown.at("/invoice/lines/1/amount").asText()).isEqualTo("20.00");
        assertThat(shown.at("/debtor/email").asText()).isEqualTo("reskontra@esimerkki.example");
        assertThat(shown.at("/debtor/phone").asText()).isEqualTo("+358 9 876 5432");
        assertThat(shown.at("/debtor/electronicLettersConsent/validThrough").asText()).isEqualTo("2026-09-30");
    }

    @Test
    void aConsumersClaimIsAConsumerClaimUnlessTheCreditorSaysOtherwise() {
        ObjectNode privateLoan = validConsumerClaim();
        privateLoan.set("terms", ClaimJson.parse("{\"consumerClaim\": false}"));

        JsonNode byDefault = http.get(http.postClaim(validConsumerClaim().toString()).location()).body();
        JsonNode other = http.get(http.postClaim(privateLoan.toString()).location()).body();

        assertThat(byDefault.at("/terms/consumerClaim").asBoolean()).isTrue();
        assertThat(other.at("/terms/consumerClaim").asBoolean()).isFalse();
    }

    @Test
    void withoutTheDebtorsLanguageLettersUseTheCreditorsLanguage() {
        ObjectNode registration = TestCreditors.registration(TestCreditors.uniqueBusinessId());
        registration.put("letterLanguage", "sv");
        TestCreditor swedishSpeaking = creditors.register(registration);
        ObjectNode claim = validConsumerClaim();
        debtor(claim).remove("language");

        Answer created = http.postClaim(swedishSpeaking.apiKey(), claim.toString());

        assertThat(http.get(swedishSpeaking.apiKey(), created.location()).body().at("/debtor/language").asText())
                .isEqualTo("sv");
    }

    @Test
    void aLetterGoesByEmailWhileTheDebtorsConsentIsValidAndNamesTheRegisteredCreditor() {
        LocalDate today = LocalDate.now(ClockConfiguration.FINLAND);
        ObjectNode consented = validConsumerClaim();
        debtor(consented).put("email", "maija@example.fi").set("electronicLettersConsent",
                ClaimJson.parse("{\"givenOn\": \"" + today.minusMonths(2) + "\"}"));
        ObjectNode expired = validConsumerClaim();
        debtor(expired).put("email", "maija@example.fi").set("electronicLettersConsent",
                ClaimJson.parse("{\"givenOn\": \"" + today.minusMonths(13) + "\"}"));

        JsonNode byEmail = reminderSnapshot(consented);
        JsonNode byPost = reminderSnapshot(expired);

        assertThat(byEmail.at("/delivery/channel").asText()).isEqualTo("EMAIL");
        assertThat(byEmail.at("/delivery/email").asText()).isEqualTo("maija@example.fi");
        assertThat(byPost.at("/delivery/channel").asText()).isEqualTo("PRINT");
        assertThat(byPost.at("/delivery").has("email")).isFalse();
        assertThat(byEmail.at("/creditor/businessId").asText()).isEqualTo(http.defaultCreditor().businessId());
        assertThat(byEmail.at("/creditor/address/street").asText()).isEqualTo("Voimalatie 5");
    }

    private JsonNode reminderSnapshot(ObjectNode claim) {
        return letters.snapshot(ProcessDriver.letterId(driver.reminderTask(claim.toString()))).body();
    }
}
