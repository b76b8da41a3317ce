package fi.saatava.gateway.letters;

import static fi.saatava.gateway.support.ClaimJson.debtor;
import static fi.saatava.gateway.support.ClaimJson.invoice;
import static fi.saatava.gateway.support.ClaimJson.validConsumerClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.gateway.support.AdjustableClock;
import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayHttp.Answer;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.LetterApi;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * What a reminder's snapshot tells the letters worker beyond the parties: the channel (e-mail only with a valid
 * consent), whether it was voided, the original creditor, direct enforceability, the amount to pay and late interest
 * per rate period. The snapshot has exactly the fields of docs/contracts.md's example, which the letters worker's own
 * test binds to its snapshot record refusing unknown fields: so every field the gateway sends is one the worker reads.
 */
@GatewayTest
class LetterSnapshotTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-12-17T10:00:00+02:00");
    private static final LocalDate TODAY = NOW.toLocalDate();

    @Autowired
    ProcessDriver driver;

    @Autowired
    LetterApi letters;

    @Autowired
    GatewayHttp http;

    @Autowired
    AdjustableClock clock;

    @Autowired
    RuntimeService runtimeService;

    @BeforeEach
    void fixTheLetterDate() {
        clock.fixAt(NOW.toInstant());
    }

    @AfterEach
    void releaseTheClock() {
        clock.useSystemTime();
    }

    @Test
    void aDebtorWhoseConsentIsValidGetsTheLetterByEmail() {
        JsonNode letter = reminderSnapshot(consentedOn(TODAY.minusMonths(2)));

        assertThat(letter.at("/delivery/channel").asText()).isEqualTo("EMAIL");
        assertThat(letter.at("/delivery/email").asText()).isEqualTo("maija@example.fi");
    }

    @Test
    void theConsentCoversTwelveMonthsAndThenLettersGoToThePrintHouse() {
        // Given on 18.12.2024: valid through 17.12.2025, today. Given on 17.12.2024: expired yesterday.
        JsonNode lastDay = reminderSnapshot(consentedOn(TODAY.minusMonths(12).plusDays(1)));
        JsonNode expired = reminderSnapshot(consentedOn(TODAY.minusMonths(12)));
        JsonNode never = reminderSnapshot(validConsumerClaim());

        assertThat(lastDay.at("/delivery/channel").asText()).isEqualTo("EMAIL");
        assertThat(expired.at("/delivery/channel").asText()).isEqualTo("PRINT");
        assertThat(expired.get("delivery").has("email")).isFalse();
        assertThat(never.at("/delivery/channel").asText()).isEqualTo("PRINT");
    }

    @Test
    void aLetterWhoseTaskWasCancelledIsVoidedInItsSnapshot() {
        LockedExternalTask task = driver.reminderTask();
        String letterId = ProcessDriver.letterId(task);
        assertThat(letters.snapshot(letterId).body().get("voided").asBoolean()).isFalse();

        runtimeService.createProcessInstanceModification(task.getProcessInstanceId())
                .cancelAllForActivity(task.getActivityId())
                .startBeforeActivity(task.getActivityId())
                .execute();
        driver.runContinuations(task.getBusinessKey());

        JsonNode voided = letters.snapshot(letterId).body();
        assertThat(voided.get("voided").asBoolean()).isTrue();
        assertThat(voided.get("dispatchedAt").isNull()).isTrue();
        String newLetterId = ProcessDriver.letterId(
                driver.lock(ProcessContract.Topics.LETTER_SEND, task.getBusinessKey()));
        assertThat(letters.snapshot(newLetterId).body().get("voided").asBoolean()).isFalse();
    }

    @Test
    void lateInterestIsItemisedPerHalfYearWithItsRateAndDays() {
        ObjectNode claim = validConsumerClaim();
        invoice(claim).put("invoiceDate", "2025-05-01").put("dueDate", "2025-05-31");

        JsonNode letter = reminderSnapshot(claim);

        // 120.00 € from 1.6.2025: 2025-H1 3.5 % + 7 pp for 30 days, 2025-H2 2.5 % + 7 pp for 170 days (spec §6.1).
        // Exactly 1.0356 + 5.3096 = 6.3452 -> 6.35; the first line 1.04, the second the rest.
        assertThat(lines(letter, "LATE_INTEREST")).containsExactly(
                "1.04 at 10.50 from 2025-06-01 to 2025-06-30",
                "5.31 at 9.50 from 2025-07-01 to 2025-12-17");
        assertThat(letter.get("total").asText()).isEqualTo("131.35"); // 120.00 + 6.35 + the 5.00 reminder fee
        assertThat(letter.at("/payment/amount").asText()).isEqualTo("131.35");
        assertThat(letter.at("/payment/virtualBarcode").asText()).startsWith("4" + "3715903000000776" + "00013135");
    }

    @Test
    void lessThanACentOfLateInterestIsOneLateInterestLineOfNothing() {
        // Only an overdue claim is accepted (PerintäL 1 §): due yesterday, one day of interest so far.
        ObjectNode claim = validConsumerClaim();
        invoice(claim).put("principal", "1.00").put("invoiceDate", "2025-12-01").put("dueDate", "2025-12-16");

        JsonNode letter = reminderSnapshot(claim);

        assertThat(lines(letter, "LATE_INTEREST")).containsExactly("0.00 at null from null to null");
    }

    @Test
    void theOriginalCreditorIsNamedWhenItDiffersFromTheRegisteredOne() {
        ObjectNode transferred = validConsumerClaim();
        transferred.put("originalCreditorName", "  Tampereen Sähkö Oy ");
        transferred.set("terms", ClaimJson.parse("{\"directlyEnforceable\": true}"));
        ObjectNode sameName = validConsumerClaim();
        sameName.put("originalCreditorName", http.defaultCreditor().name());

        JsonNode letter = reminderSnapshot(transferred);
        JsonNode plain = reminderSnapshot(sameName);

        assertThat(letter.at("/creditor/name").asText()).isEqualTo(http.defaultCreditor().name());
        assertThat(letter.at("/creditor/originalName").asText()).isEqualTo("Tampereen Sähkö Oy");
        assertThat(letter.get("directlyEnforceable").asBoolean()).isTrue();
        assertThat(plain.get("creditor").has("originalName")).isFalse();
        assertThat(plain.has("directlyEnforceable")).isFalse();
    }

    @Test
    void anOriginalCreditorNameMustSaySomethingAndFitTheLetter() {
        ObjectNode blank = validConsumerClaim();
        blank.put("originalCreditorName", "   ");
        ObjectNode tooLong = validConsumerClaim();
        tooLong.put("originalCreditorName", "O".repeat(201));

        for (ObjectNode claim : List.of(blank, tooLong)) {
            Answer answer = http.postClaim(claim.toString());
            assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("originalCreditorName");
        }
    }

    @Test
    void theSnapshotHasExactlyTheFieldsOfTheDocumentedExample() throws IOException {
        ObjectNode claim = consentedOn(TODAY.minusMonths(1));
        claim.put("originalCreditorName", "Tampereen Sähkö Oy");
        claim.set("terms", ClaimJson.parse("{\"directlyEnforceable\": true}"));
        invoice(claim).put("invoiceDate", "2025-05-01").put("dueDate", "2025-05-31");

        JsonNode letter = reminderSnapshot(claim);

        assertThat(fields(letter, "")).isEqualTo(fields(documentedExample(), ""));
    }

    /** The first JSON block of the "Letter snapshot" section of docs/contracts.md (tests run in the module). */
    private static JsonNode documentedExample() throws IOException {
        String contracts = Files.readString(Path.of("..", "docs", "contracts.md"), StandardCharsets.UTF_8);
        String section = contracts.substring(contracts.indexOf("### Letter snapshot"));
        int start = section.indexOf("```json\n") + "```json\n".length();
        return ClaimJson.parse(section.substring(start, section.indexOf("```", start)));
    }

    /** Every field path, array elements as {@code []}: {@code /amounts[]/rate}. */
    private static Set<String> fields(JsonNode node, String path) {
        Set<String> fields = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(element -> fields.addAll(fields(element, path + "[]")));
        }
        node.fields().forEachRemaining(field -> {
            fields.add(path + "/" + field.getKey());
            fields.addAll(fields(field.getValue(), path + "/" + field.getKey()));
        });
        return fields;
    }

    private static ObjectNode consentedOn(LocalDate givenOn) {
        ObjectNode claim = validConsumerClaim();
        debtor(claim).put("email", "maija@example.fi")
                .set("electronicLettersConsent", ClaimJson.parse("{\"givenOn\": \"" + givenOn + "\"}"));
        return claim;
    }

    private JsonNode reminderSnapshot(ObjectNode claim) {
        return letters.snapshot(ProcessDriver.letterId(driver.reminderTask(claim.toString()))).body();
    }

    private static List<String> lines(JsonNode letter, String kind) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : letter.get("amounts")) {
            if (kind.equals(line.get("kind").asText())) {
                lines.add(line.get("amount").asText() + " at " + line.path("rate").asText("null") + " from "
                        + line.path("from").asText("null") + " to " + line.path("to").asText("null"));
            }
        }
        return lines;
    }
}
