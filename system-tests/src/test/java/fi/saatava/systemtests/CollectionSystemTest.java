package fi.saatava.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.saatava.law.ClaimKind;
import fi.saatava.law.DeliveryChannel;
import fi.saatava.law.court.LegalCollectionRules;
import fi.saatava.law.enforcement.PassiveRegistration;
import fi.saatava.law.schedule.LetterSchedule;
import fi.saatava.law.schedule.TrattaPublicationWindow;
import fi.saatava.simulators.recording.DocumentDigest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/**
 * Issue 5's full-system test: three claims submitted through the creditor API on Monday 12.1.2026 (simulated), time
 * moved forward through the simulation clock, everything else done by the real gateway, workers and simulated outside
 * systems over HTTP. A consumer claim goes through reminder, two demands, court and enforcement, where it is paid; a
 * business claim through reminder, demand and tratta to court, enforcement and the passive register; a consumer claim
 * paid in full after its demand stops at once. Each letter must go out on the day collection-law gives, and the print
 * house, the court, the enforcement authority and the credit bureau must each have received every document once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CollectionSystemTest {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final LocalDate START = LocalDate.parse("2026-01-12");
    private static final LocalDate INVOICE_DUE = LocalDate.parse("2025-12-15");
    private static final Duration STEP = Duration.ofSeconds(90);

    /** Scripted outcomes by identity code (docs/contracts.md): judgment and payment in enforcement. */
    private static final String CONSUMER_PAID_IN_ENFORCEMENT = "131052-002X";
    /** A clean record; this debtor pays after the demand. */
    private static final String CONSUMER_WHO_PAYS = "131052-015B";
    /** Digits 62: default judgment, then no assets in enforcement. */
    private static final String COMPANY_WITHOUT_ASSETS = "1234562-0";
    /** A clean record; this debtor consented to letters by e-mail. */
    private static final String CONSENTING_CONSUMER = "131052-023L";

    private static final LetterSchedule LAW = new LetterSchedule();
    private static final LegalCollectionRules COURT = new LegalCollectionRules();

    @TempDir
    static Path outbox;

    static RunningSystem system;
    static SaatavaApi api;

    @BeforeAll
    static void startSaatava() {
        system = RunningSystem.start(START + "T08:00:00Z", outbox);
        api = new SaatavaApi(system);
    }

    @AfterAll
    static void stopSaatava() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void claimsReachCourtAndEnforcementOnTheirLegalDatesAndAPaidClaimStopsAtOnce() throws IOException {
        assertThat(api.registerCreditor(creditor()).status()).isEqualTo(HttpStatus.CREATED);
        String consumer = submit(consumerClaim("CRM-A", CONSUMER_PAID_IN_ENFORCEMENT, "Matti Meikäläinen"));
        String business = submit(businessClaim("CRM-B", COMPANY_WITHOUT_ASSETS));
        String payer = submit(consumerClaim("CRM-C", CONSUMER_WHO_PAYS, "Liisa Maksaja"));

        // Monday 12.1.: the reminders go out at once; each demand waits for its earliest legal day (spec §3.3, §2.2).
        LocalDate consumerReminderDue = LAW.paymentDueDate(START, DeliveryChannel.LETTER);
        LocalDate firstDemand = LAW.earliestNextLetter(ClaimKind.CONSUMER, START, consumerReminderDue);
        LocalDate businessFirstDemand = LAW.earliestNextLetter(ClaimKind.OTHER, START, consumerReminderDue);
        for (String claim : List.of(consumer, business, payer)) {
            assertThat(sentOn(awaitLetter(claim, "REMINDER"))).isEqualTo(START);
        }
        assertThat(awaitTimer(consumer)).isEqualTo(firstDemand);
        assertThat(awaitTimer(payer)).isEqualTo(firstDemand);
        assertThat(awaitTimer(business)).isEqualTo(businessFirstDemand);
        assertThat(firstDemand).isEqualTo(LocalDate.parse("2026-01-30")).isEqualTo(businessFirstDemand);

        moveTo(firstDemand);
        LocalDate demandDue = LAW.paymentDueDate(firstDemand, DeliveryChannel.LETTER);
        LocalDate secondDemand = LAW.earliestNextLetter(ClaimKind.CONSUMER, firstDemand, demandDue);
        LocalDate tratta = LAW.earliestNextLetter(ClaimKind.OTHER, firstDemand, demandDue);
        for (String claim : List.of(consumer, business, payer)) {
            assertThat(sentOn(awaitLetter(claim, "FIRST_DEMAND"))).isEqualTo(firstDemand);
        }
        assertThat(awaitTimer(consumer)).isEqualTo(secondDemand);
        assertThat(awaitTimer(business)).isEqualTo(tratta);
        assertThat(awaitTimer(payer)).isEqualTo(secondDemand);

        // The third debtor pays everything on the demand's day: its collection ends at once.
        JsonNode owed = api.claim(payer).get("balances");
        assertThat(api.recordPayment("""
                {"bankReference": "SYS-PAY-1", "amount": "%s", "date": "%s", "reference": "%s",
                 "payer": {"name": "Liisa Maksaja", "iban": "FI21 1234 5600 0007 85"}, "message": "Lasku"}"""
                .formatted(owed.get("outstanding").asText(), firstDemand, api.claim(payer).get("referenceNumber")
                        .asText())).status()).isEqualTo(HttpStatus.CREATED);
        await().atMost(STEP).until(() -> api.processInstances(payer).isEmpty());
        assertThat(api.claim(payer).get("status").asText()).isEqualTo("PAID");
        assertThat(api.timers(payer)).isEmpty();

        moveTo(secondDemand);
        LocalDate secondDemandDue = LAW.paymentDueDate(secondDemand, DeliveryChannel.LETTER);
        LocalDate consumerCourt = COURT.earliestStart(ClaimKind.CONSUMER, secondDemand, secondDemandDue, null)
                .earliest();
        assertThat(sentOn(awaitLetter(consumer, "SECOND_DEMAND"))).isEqualTo(secondDemand);
        assertThat(awaitTimer(consumer)).isEqualTo(consumerCourt);
        // The business claim got a tratta instead (PerintäL 7 §), registered with the bureau and published 14 days on.
        assertThat(sentOn(awaitLetter(business, "DRAFT"))).isEqualTo(tratta);
        TrattaPublicationWindow window = LAW.trattaPublicationWindow(tratta);
        assertThat(awaitTimer(business)).isEqualTo(window.earliest());

        moveTo(window.earliest());
        LocalDate trattaDue = LAW.paymentDueDate(tratta, DeliveryChannel.LETTER);
        LocalDate businessCourt = COURT.earliestStart(ClaimKind.OTHER, window.earliest(), trattaDue, null).earliest();
        assertThat(awaitTimer(business)).isEqualTo(businessCourt);
        assertThat(consumerCourt).isEqualTo(LocalDate.parse("2026-03-09")).isEqualTo(businessCourt);

        // Court: the operator approves both in Tasklist; the legal-collection notices go out and the summonses are filed.
        moveTo(consumerCourt);
        approveLegalCollection(consumer);
        approveLegalCollection(business);
        assertThat(sentOn(awaitLetter(consumer, "LEGAL_COLLECTION_NOTICE"))).isEqualTo(consumerCourt);
        assertThat(sentOn(awaitLetter(business, "LEGAL_COLLECTION_NOTICE"))).isEqualTo(consumerCourt);
        await().atMost(STEP).until(() -> filedFor("court", consumer, business));

        // A week later the court's default judgments; the enforcement applications follow.
        moveTo(consumerCourt.plusDays(7).atTime(10, 0));
        await().atMost(STEP).until(() -> filedFor("enforcement", consumer, business));

        // Two weeks later: the consumer's debt is collected in full; the company has no assets (passive register).
        moveTo(consumerCourt.plusDays(22));
        await().atMost(STEP).until(() -> api.processInstances(consumer).isEmpty());
        assertThat(api.claim(consumer).get("status").asText()).as("paid in enforcement").isEqualTo("PAID");
        JsonNode certificate = await().atMost(STEP).until(() -> passiveRegistrationTimer(business),
                timer -> timer != null);
        LocalDate certificateDate = consumerCourt.plusDays(21);
        assertThat(dueDay(certificate)).isEqualTo(PassiveRegistration.endsOn(certificateDate));

        // Every letter once, on its day; nothing after the payment; every filing once.
        assertThat(letterTypes(consumer)).containsExactly("REMINDER", "FIRST_DEMAND", "SECOND_DEMAND",
                "LEGAL_COLLECTION_NOTICE");
        assertThat(letterTypes(business)).containsExactly("REMINDER", "FIRST_DEMAND", "DRAFT",
                "LEGAL_COLLECTION_NOTICE");
        assertThat(letterTypes(payer)).containsExactly("REMINDER", "FIRST_DEMAND");
        Set<String> dispatched = Stream.of(consumer, business, payer).flatMap(claim -> letters(claim).stream())
                .map(letter -> letter.get("id").asText()).collect(Collectors.toSet());
        assertThat(receivedOnce("print-house")).containsExactlyInAnyOrderElementsOf(dispatched);
        assertThat(pdfsIn(outbox)).containsExactlyInAnyOrderElementsOf(dispatched);
        assertThat(receivedOnce("court")).hasSize(2);
        assertThat(receivedOnce("enforcement")).hasSize(2);
        assertThat(api.received("draft-registry")).extracting(request -> request.get("idempotencyKey").asText())
                .containsExactly(business + ":REGISTER", business + ":PUBLISH");
        assertThat(api.received("credit-bureau")).hasSize(3);
    }

    /**
     * A consumer who consented to electronic letters gets the reminder by e-mail through the simulators' mail server,
     * with the archived PDF attached, and not by post. Runs after the other scenarios (its claim and creditor are its
     * own), so its letter stays out of their counts.
     */
    @Test
    @Order(Order.DEFAULT + 1)
    void aConsentingDebtorsLetterIsEmailedThroughTheSimulatedMailServer() throws IOException {
        assertThat(api.registerCreditor(creditor().replace("1234567-1", "7654321-2")).status())
                .isEqualTo(HttpStatus.CREATED);
        ObjectNode claim = (ObjectNode) new ObjectMapper().readTree(
                consumerClaim("CRM-E", CONSENTING_CONSUMER, "Eeva Sähköinen"));
        ((ObjectNode) claim.get("debtor")).put("email", "eeva@example.fi")
                .putObject("electronicLettersConsent").put("givenOn", LocalDate.now(system.clock().withZone(FINLAND))
                        .toString());
        String claimId = submit(claim.toString());

        JsonNode reminder = awaitLetter(claimId, "REMINDER");
        String letterId = reminder.get("id").asText();
        assertThat(reminder.get("channel").asText()).isEqualTo("EMAIL");
        List<JsonNode> mails = api.mails().stream().filter(mail -> letterId.equals(mail.path("letterId").asText()))
                .toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("to")).extracting(JsonNode::asText).containsExactly("eeva@example.fi");
        JsonNode pdf = mails.get(0).get("attachments").get(0);
        assertThat(pdf.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(pdf.get("sha256").asText())
                .isEqualTo(DocumentDigest.sha256(Files.readAllBytes(outbox.resolve(letterId + ".pdf"))));
        assertThat(receivedOnce("print-house")).doesNotContain(letterId);
    }

    private static String submit(String claim) {
        SaatavaApi.Answer created = api.submitClaim(claim);
        assertThat(created.status()).as("%s", created.body()).isEqualTo(HttpStatus.CREATED);
        return created.body().get("id").asText();
    }

    /** Moves simulated time to 00:00 of the day, once no work is in flight (the gateway refuses before). */
    private static void moveTo(LocalDate day) {
        moveTo("{\"to\": \"" + day + "\"}");
    }

    private static void moveTo(java.time.LocalDateTime time) {
        moveTo("{\"to\": \"" + time.atZone(FINLAND).toInstant() + "\"}");
    }

    private static void moveTo(String move) {
        await().atMost(STEP).until(() -> api.moveClock(move).status().is2xxSuccessful());
    }

    private static void approveLegalCollection(String claimId) {
        JsonNode task = await().atMost(STEP).until(() -> api.tasks(claimId), tasks -> tasks.size() == 1).get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Activity_ApproveLegalCollection");
        assertThat(api.completeTask(task.get("id").asText(), Map.of("legalCollectionApproval", "APPROVED"))
                .status()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static JsonNode awaitLetter(String claimId, String type) {
        return await().atMost(STEP).until(() -> letters(claimId).stream()
                .filter(letter -> type.equals(letter.get("type").asText())).findFirst().orElse(null),
                letter -> letter != null);
    }

    /** The day the claim's one waiting timer is due, once the claim waits on exactly one. */
    private static LocalDate awaitTimer(String claimId) {
        return dueDay(await().atMost(STEP).until(() -> api.timers(claimId), timers -> timers.size() == 1).get(0));
    }

    private static JsonNode passiveRegistrationTimer(String claimId) {
        List<JsonNode> timers = api.timers(claimId);
        return timers.size() == 1 && dueDay(timers.get(0)).getYear() > 2027 ? timers.get(0) : null;
    }

    /** Whether the outside system received exactly one filing for each of the claims. */
    private static boolean filedFor(String system, String... claimIds) {
        List<String> references = api.received(system).stream()
                .filter(request -> request.get("operation").asText().startsWith("POST"))
                .map(request -> request.path("request").path(system.equals("court") ? "filerReference"
                        : "applicantReference").asText())
                .toList();
        return references.size() == claimIds.length && references.containsAll(List.of(claimIds));
    }

    /** The idempotency keys the system received, each exactly once. */
    private static List<String> receivedOnce(String system) {
        List<String> keys = api.received(system).stream()
                .filter(request -> request.get("operation").asText().startsWith("POST"))
                .map(request -> request.get("idempotencyKey").asText()).toList();
        assertThat(keys).as("%s received each document once", system).doesNotHaveDuplicates();
        return keys;
    }

    private static List<JsonNode> letters(String claimId) {
        List<JsonNode> sent = new ArrayList<>();
        api.claim(claimId).get("letters").forEach(letter -> {
            if (!letter.get("dispatchedAt").isNull()) {
                sent.add(letter);
            }
        });
        return sent;
    }

    private static List<String> letterTypes(String claimId) {
        return letters(claimId).stream().map(letter -> letter.get("type").asText()).toList();
    }

    private static LocalDate sentOn(JsonNode letter) {
        return LocalDate.ofInstant(Instant.parse(letter.get("dispatchedAt").asText()), FINLAND);
    }

    private static LocalDate dueDay(JsonNode timer) {
        return OffsetDateTime.parse(timer.get("dueDate").asText(), ENGINE_DATE).atZoneSameInstant(FINLAND)
                .toLocalDate();
    }

    private static List<String> pdfsIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".pdf"))
                    .map(name -> name.substring(0, name.length() - 4)).toList();
        }
    }

    private static String creditor() {
        return """
                {"name": "Esimerkki Energia Oy", "businessId": "1234567-1", "settlementIban": "FI37 1590 3000 0007 76",
                 "address": {"street": "Voimalatie 5", "postalCode": "33100", "city": "Tampere"},
                 "contact": {"name": "Essi Esimerkki", "email": "perinta@energia.example", "phone": "+358 40 123 4567"},
                 "letterLanguage": "fi", "commission": {"percent": "15.00", "fixedFeePerClaim": "0.00"}}""";
    }

    /** 240.00 € invoiced 1.12.2025, due 15.12.2025: overdue when collection starts. */
    private static String consumerClaim(String reference, String identityCode, String name) {
        return """
                {"creditorReference": "%s",
                 "debtor": {"type": "CONSUMER", "name": "%s", "identityCode": "%s", "language": "fi",
                            "address": {"street": "Kotikatu 1 A 2", "postalCode": "00100", "city": "Helsinki"}},
                 "invoice": {"number": "INV-%s", "invoiceDate": "2025-12-01", "dueDate": "%s", "principal": "240.00",
                             "description": "Sähkö 11/2025", "reminderAlreadySent": false}}"""
                .formatted(reference, name, identityCode, reference, INVOICE_DUE);
    }

    /** A commercial payment of 1 800.00 € (MaksuehtoL 1 §), same dates. */
    private static String businessClaim(String reference, String businessId) {
        return """
                {"creditorReference": "%s",
                 "debtor": {"type": "BUSINESS", "name": "Velka Oy", "identityCode": "%s", "language": "fi",
                            "address": {"street": "Yrityskuja 3", "postalCode": "00180", "city": "Helsinki"}},
                 "invoice": {"number": "INV-%s", "invoiceDate": "2025-12-01", "dueDate": "%s", "principal": "1800.00",
                             "description": "Konsultointi 11/2025", "reminderAlreadySent": false},
                 "terms": {"commercialPayment": true}}"""
                .formatted(reference, businessId, reference, INVOICE_DUE);
    }
}
