package fi.saatava.gateway.letters;

import static fi.saatava.gateway.support.ClaimJson.debtor;
import static fi.saatava.gateway.support.ClaimJson.validBusinessClaim;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.database.Timestamps;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.LetterApi;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every letter type of the process contract is composed by prepareLetter with what the letters worker prints for it
 * (its {@code LetterKind}: parties, basis, itemised amounts, payment slip, channel), and letters after a death go to
 * the estate (spec §11.4).
 */
@GatewayTest
class LetterTypeSnapshotTest {

    private static final List<String> EVERY_LETTER_HAS = List.of(
            "/letterId", "/claimId", "/type", "/language", "/letterDate", "/dueDate",
            "/collector/name", "/collector/address/street", "/collector/address/postalCode", "/collector/address/city",
            "/creditor/name", "/creditor/address/street", "/creditor/address/postalCode", "/creditor/address/city",
            "/debtor/type", "/debtor/name", "/debtor/address/street", "/debtor/address/postalCode",
            "/debtor/address/city", "/invoice/number", "/invoice/date", "/invoice/dueDate", "/total",
            "/delivery/channel");
    // The slip is printed on every type but DISPUTE_ACKNOWLEDGEMENT; the snapshot carries it for all.
    private static final List<String> PAYMENT_SLIP = List.of(
            "/payment/payee", "/payment/iban", "/payment/reference", "/payment/rfReference",
            "/payment/virtualBarcode", "/payment/amount");

    @Autowired
    ProcessDriver driver;

    @Autowired
    LetterApi letters;

    @Autowired
    LetterPreparation preparation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @ParameterizedTest
    @EnumSource(LetterType.class)
    void everyLetterTypeIsComposedWithWhatItsLetterPrints(LetterType type) {
        // A tratta is for other than consumer claims (PerintäL 7 § 2 mom); every other type is tried on a consumer's.
        ObjectNode claim = type == LetterType.DRAFT ? validBusinessClaim() : validConsumerClaim();
        claim.set("terms", ClaimJson.parse(type == LetterType.DRAFT ? "{\"consumerClaim\": false}" : "{}"));

        JsonNode letter = prepared(claim, type);

        assertThat(letter.get("type").asText()).isEqualTo(type.name());
        for (String field : EVERY_LETTER_HAS) {
            assertThat(letter.at(field).asText()).as(type + " " + field).isNotBlank();
        }
        for (String field : PAYMENT_SLIP) {
            assertThat(letter.at(field).asText()).as(type + " " + field).isNotBlank();
        }
        // A plan's confirmation asks for its first instalment; every other letter for the total.
        assertThat(letter.at("/payment/amount").asText()).isEqualTo(type == LetterType.PAYMENT_PLAN_CONFIRMATION
                ? "60.00" : letter.get("total").asText());
        assertThat(letter.get("amounts")).extracting(line -> line.get("kind").asText())
                .contains("PRINCIPAL", "INTEREST", "LATE_INTEREST", "COLLECTION_COST");
        assertThat(letter.get("voided").asBoolean()).isFalse();
        assertThat(letter.at("/debtor/name").asText()).isEqualTo(type == LetterType.ESTATE_DEMAND
                ? "Kuolinpesä Maija Meikäläinen" : claim.at("/debtor/name").asText());
    }

    @Test
    void aTrattaIsNeverPreparedForAConsumersClaim() {
        String claimId = driver.submit(validConsumerClaim().toString());

        assertThatThrownBy(() -> prepare(claimId, LetterType.DRAFT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PerintäL 7 § 2 mom");
        assertThat(jdbc.sql("select count(*) from saatava.letter where claim_id = cast(:id as uuid)")
                .param("id", claimId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from saatava.ledger_entry where claim_id = cast(:id as uuid)"
                        + " and entry_type = 'FEE'")
                .param("id", claimId).query(Long.class).single()).isZero();
    }

    @Test
    void theDemandToAnEstateIsAddressedToTheEstateInTheDebtorsLanguageAndNeverByEmail() {
        ObjectNode swedish = validConsumerClaim();
        debtor(swedish).put("language", "sv").put("email", "maija@example.fi").set("electronicLettersConsent",
                ClaimJson.parse("{\"givenOn\": \"" + LocalDate.now(ClockConfiguration.FINLAND).minusDays(1) + "\"}"));

        JsonNode letter = prepared(swedish, LetterType.ESTATE_DEMAND);

        assertThat(letter.at("/debtor/name").asText()).isEqualTo("Dödsboet efter Maija Meikäläinen");
        assertThat(letter.at("/debtor/address/street").asText()).isEqualTo("Kotikatu 1 A 2");
        assertThat(letter.at("/delivery/channel").asText()).isEqualTo("PRINT");
    }

    @Test
    void onceTheDeathIsRecordedEveryLetterGoesToTheEstatesContact() {
        String claimId = driver.submit(validConsumerClaim().toString());
        jdbc.sql("""
                insert into saatava.insolvency_proceeding (id, claim_id, procedure, administrator_name,
                       administrator_street, administrator_postal_code, administrator_city, notified_at)
                values (:id, cast(:claimId as uuid), 'DECEASED_ESTATE', 'Asianajotoimisto Laki Oy',
                        'Lakimiehenkatu 3', '33100', 'Tampere', :at)""")
                .param("id", UUID.randomUUID())
                .param("claimId", claimId)
                .param("at", Timestamps.utc(Instant.now()))
                .update();

        JsonNode letter = letters.snapshot(prepare(claimId, LetterType.LIMITATION_INTERRUPTION)).body();

        assertThat(letter.at("/debtor/name").asText())
                .isEqualTo("Kuolinpesä Maija Meikäläinen c/o Asianajotoimisto Laki Oy");
        assertThat(letter.at("/debtor/address/street").asText()).isEqualTo("Lakimiehenkatu 3");
        assertThat(letter.at("/debtor/address/postalCode").asText()).isEqualTo("33100");
        assertThat(letter.at("/debtor/address/city").asText()).isEqualTo("Tampere");
    }

    private JsonNode prepared(ObjectNode claim, LetterType type) {
        return letters.snapshot(prepare(driver.submit(claim.toString()), type)).body();
    }

    /** What prepareLetter does in the engine's transaction, for a letter task run of its own. */
    private String prepare(String claimId, LetterType type) {
        return transaction.execute(status -> preparation.prepare(UUID.fromString(claimId), type,
                "SendLetter:" + UUID.randomUUID(), type.aboutAPaymentPlan() ? plan(type) : null).toString());
    }

    /** Two instalments of 60.00 €; the instalment reminder names the first as missed. */
    private static PlanTerms plan(LetterType type) {
        LocalDate today = LocalDate.now(ClockConfiguration.FINLAND);
        List<PlanTerms.Instalment> instalments = List.of(new PlanTerms.Instalment(today.plusDays(20),
                Money.of("60.00")), new PlanTerms.Instalment(today.plusDays(50), Money.of("60.00")));
        return new PlanTerms(instalments, type == LetterType.INSTALMENT_REMINDER ? instalments.get(0) : null);
    }
}
