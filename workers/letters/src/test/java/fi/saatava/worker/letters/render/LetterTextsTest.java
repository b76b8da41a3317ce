package fi.saatava.worker.letters.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.worker.letters.gateway.LetterSnapshot;
import fi.saatava.worker.letters.PdfText;
import fi.saatava.worker.letters.SampleLetters;

/**
 * Every letter type in every language, rendered and read back from the PDF: the items spec §3.6 and §13 require are
 * there in the debtor's language (the expected words are written out here, not taken from the bundles).
 */
class LetterTextsTest {

    private static final LetterRenderer renderer = new LetterRenderer(new LetterTexts());

    /** What a reader must find, per language. */
    private record Words(String title, List<String> labels, String creditorLine, String basis, String total,
            String dueDate, String objection, String consumerRight, String originalCreditor) {
    }

    private static final Map<String, Words> WORDS = Map.of(
            "fi", new Words(null,
                    List.of("Pääoma 100,00 €", "Korko 0,00 €", "Viivästyskorko 11,50 %, 2.10.2025–21.11.2025 1,58 €",
                            "Perintäkulut maksumuistutus 5,00 €", "Perintäkulut maksuvaatimus 12,00 €"),
                    "Velkoja: Esimerkki Energia Oy, Voimalatie 5, 33100 Tampere",
                    "Lasku INV-1001, päivätty 1.9.2025, eräpäivä 1.10.2025: Sähkö 9/2025",
                    "Maksettava yhteensä 118,58 €", "Eräpäivä 5.12.2025",
                    "ilmoittakaa siitä meille kirjallisesti viimeistään 5.12.2025: Saatava Perintä Oy, Perintäkuja 1",
                    "laki saatavien perinnästä 4 c §", "Alkuperäinen velkoja: Vanha Sähkö Oy"),
            "sv", new Words(null,
                    List.of("Kapital 100,00 €", "Ränta 0,00 €", "Dröjsmålsränta 11,50 %, 2.10.2025–21.11.2025 1,58 €",
                            "Indrivningskostnader betalningspåminnelse 5,00 €",
                            "Indrivningskostnader betalningskrav 12,00 €"),
                    "Borgenär: Esimerkki Energia Oy, Voimalatie 5, 33100 Tampere",
                    "Faktura INV-1001, daterad 1.9.2025, förfallodag 1.10.2025: Sähkö 9/2025",
                    "Att betala totalt 118,58 €", "Förfallodag 5.12.2025",
                    "meddela oss skriftligen senast 5.12.2025: Saatava Perintä Oy, Perintäkuja 1",
                    "lagen om indrivning av fordringar 4 c §", "Ursprunglig borgenär: Vanha Sähkö Oy"),
            "en", new Words(null,
                    List.of("Principal €100.00", "Interest €0.00",
                            "Late-payment interest 11.50%, 2 October 2025 – 21 November 2025 €1.58",
                            "Collection costs payment reminder €5.00", "Collection costs payment demand €12.00"),
                    "Creditor: Esimerkki Energia Oy, Voimalatie 5, 33100 Tampere",
                    "Invoice INV-1001 dated 1 September 2025, due on 1 October 2025: Sähkö 9/2025",
                    "Total to pay €118.58", "Due date 5 December 2025",
                    "please tell us in writing by 5 December 2025 at the latest: Saatava Perintä Oy, Perintäkuja 1",
                    "Debt Collection Act, section 4 c", "Original creditor: Vanha Sähkö Oy"));

    private static final Map<String, Map<String, String>> TITLES = Map.of(
            "fi", Map.of("REMINDER", "MAKSUMUISTUTUS", "FIRST_DEMAND", "MAKSUVAATIMUS", "SECOND_DEMAND",
                    "TOINEN MAKSUVAATIMUS", "DRAFT", "TRATTA", "PAYMENT_PLAN_CONFIRMATION",
                    "MAKSUSUUNNITELMAN VAHVISTUS", "INSTALMENT_REMINDER", "MAKSUERÄ MAKSAMATTA",
                    "DISPUTE_ACKNOWLEDGEMENT", "HUOMAUTUKSENNE ON VASTAANOTETTU", "ESTATE_DEMAND",
                    "MAKSUVAATIMUS KUOLINPESÄLLE", "LIMITATION_INTERRUPTION", "MUISTUTUS SAATAVASTA",
                    "LEGAL_COLLECTION_NOTICE", "ILMOITUS OIKEUDELLISESTA PERINNÄSTÄ"),
            "sv", Map.of("REMINDER", "BETALNINGSPÅMINNELSE", "FIRST_DEMAND", "BETALNINGSKRAV", "SECOND_DEMAND",
                    "ANDRA BETALNINGSKRAV", "DRAFT", "TRATTA", "PAYMENT_PLAN_CONFIRMATION",
                    "BEKRÄFTELSE AV BETALNINGSPLAN", "INSTALMENT_REMINDER", "OBETALD RAT", "DISPUTE_ACKNOWLEDGEMENT",
                    "ER ANMÄRKNING HAR TAGITS EMOT", "ESTATE_DEMAND", "BETALNINGSKRAV TILL DÖDSBOET",
                    "LIMITATION_INTERRUPTION", "PÅMINNELSE OM FORDRAN", "LEGAL_COLLECTION_NOTICE",
                    "MEDDELANDE OM RÄTTSLIG INDRIVNING"),
            "en", Map.of("REMINDER", "PAYMENT REMINDER", "FIRST_DEMAND", "PAYMENT DEMAND", "SECOND_DEMAND",
                    "SECOND PAYMENT DEMAND", "DRAFT", "DRAFT (TRATTA)", "PAYMENT_PLAN_CONFIRMATION",
                    "PAYMENT PLAN CONFIRMATION", "INSTALMENT_REMINDER", "MISSED INSTALMENT", "DISPUTE_ACKNOWLEDGEMENT",
                    "YOUR OBJECTION HAS BEEN RECEIVED", "ESTATE_DEMAND", "PAYMENT DEMAND TO THE ESTATE",
                    "LIMITATION_INTERRUPTION", "REMINDER OF THE DEBT", "LEGAL_COLLECTION_NOTICE",
                    "NOTICE OF LEGAL COLLECTION"));

    /** A word of each type's own paragraph, per language: proves the type-specific text is there. */
    private static final Map<String, Map<String, String>> TYPE_WORDS = Map.of(
            "fi", Map.of("DRAFT", "luottotietorekisteriin aikaisintaan 14 ja viimeistään 60 päivän",
                    "PAYMENT_PLAN_CONFIRMATION", "maksusuunnitelma raukeaa",
                    "INSTALMENT_REMINDER", "40,00 € erä, jonka eräpäivä oli 5.12.2025",
                    "DISPUTE_ACKNOWLEDGEMENT", "Olemme vastaanottaneet 18.11.2025 huomautuksenne",
                    "ESTATE_DEMAND", "perunkirjoituksessa", "LIMITATION_INTERRUPTION", "katkaisee saatavan vanhentumisen",
                    "LEGAL_COLLECTION_NOTICE", "oikeudelliseen perintään"),
            "sv", Map.of("DRAFT", "kreditupplysningsregistret tidigast 14 och senast 60 dagar",
                    "PAYMENT_PLAN_CONFIRMATION", "förfaller betalningsplanen",
                    "INSTALMENT_REMINDER", "Raten på 40,00 € enligt betalningsplanen, med förfallodag 5.12.2025",
                    "DISPUTE_ACKNOWLEDGEMENT", "Vi har 18.11.2025 tagit emot er anmärkning",
                    "ESTATE_DEMAND", "bouppteckningen", "LIMITATION_INTERRUPTION", "avbryter preskriptionen",
                    "LEGAL_COLLECTION_NOTICE", "rättslig indrivning"),
            "en", Map.of("DRAFT", "credit information register no earlier than 14 and no later than 60 days",
                    "PAYMENT_PLAN_CONFIRMATION", "the plan lapses",
                    "INSTALMENT_REMINDER", "The instalment of €40.00 due on 5 December 2025",
                    "DISPUTE_ACKNOWLEDGEMENT", "On 18 November 2025 we received your objection",
                    "ESTATE_DEMAND", "estate inventory", "LIMITATION_INTERRUPTION", "interrupts its limitation period",
                    "LEGAL_COLLECTION_NOTICE", "transfer it to legal collection"));

    static Stream<Arguments> everyTypeInEveryLanguage() {
        return Arrays.stream(LetterKind.values())
                .flatMap(kind -> Stream.of("fi", "sv", "en").map(language -> Arguments.of(kind, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTypeInEveryLanguage")
    void carriesWhatTheLawRequires(LetterKind kind, String language) {
        String debtorType = kind == LetterKind.DRAFT ? "BUSINESS" : "CONSUMER";
        Words words = WORDS.get(language);

        String text = PdfText.of(renderer.render(SampleLetters.letter(kind.type(), language, debtorType)));

        assertThat(text)
                .contains(TITLES.get(language).get(kind.type()))
                .contains("Äijö Åström-Meikäläinen", "Östermalmintie 7 B 12", "00980 Helsinki")
                .contains(words.creditorLine(), words.originalCreditor(), words.basis())
                .contains(words.labels())
                .contains(words.total());
        if (kind.isNotice()) {
            assertThat(text).contains(TYPE_WORDS.get(language).get(kind.type()));
        }
        if (kind.isPaymentSlip()) {
            assertThat(text).contains("Saatava Perintä Oy", "FI37 1590 3000 0007 76", "11112", "RF98 1111 2",
                    SampleLetters.BARCODE, words.dueDate());
        } else {
            assertThat(text).doesNotContain(SampleLetters.BARCODE);
        }
        if (kind.isObjection()) {
            assertThat(text).contains(words.objection()).contains("asiakaspalvelu@saatava.example");
        }
        assertThat(text.contains(words.consumerRight())).as("the 4 c § right (consumers, demands only)")
                .isEqualTo(kind.isConsumerSuspensionRight());
    }

    @Test
    void aBusinessIsNeverToldOfTheConsumersRight() {
        String text = PdfText.of(renderer.render(SampleLetters.letter(LetterTypes.FIRST_DEMAND, "fi", "BUSINESS")));

        assertThat(text).contains("4 b §").doesNotContain("4 c §");
    }

    @Test
    void aDisputeWithoutARecordedReceiptDateIsAcknowledgedWithoutADay() {
        LetterSnapshot dated = SampleLetters.letter(LetterTypes.DISPUTE_ACKNOWLEDGEMENT, "fi", "CONSUMER");
        LetterSnapshot undated = new LetterSnapshot(dated.letterId(), dated.claimId(), dated.type(), dated.language(),
                dated.letterDate(), dated.dueDate(), dated.collector(), dated.creditor(), dated.debtor(), dated.invoice(),
                dated.amounts(), dated.total(), dated.payment(), dated.directlyEnforceable(), dated.instalments(),
                dated.missedInstalment(), null, dated.delivery(), dated.voided(), dated.dispatchedAt(),
                dated.dispatchChannel());

        assertThat(PdfText.of(renderer.render(undated)))
                .contains("Olemme vastaanottaneet huomautuksenne toimeksiantajamme Esimerkki Energia Oy saatavasta")
                .doesNotContain("vastaanottaneet  huomautuksenne");
    }

    @Test
    void aPlanConfirmationListsTheInstalments() {
        String text = PdfText.of(renderer.render(
                SampleLetters.letter(LetterTypes.PAYMENT_PLAN_CONFIRMATION, "fi", "CONSUMER")));

        assertThat(text).contains("Erä Eräpäivä Määrä", "1 5.12.2025 40,00 €", "2 5.1.2026 40,00 €",
                "3 5.2.2026 38,58 €");
    }

    @Test
    void everyLetterTypeOfTheContractHasATemplate() throws IllegalAccessException {
        for (Field field : LetterTypes.class.getFields()) {
            String type = (String) field.get(null);
            assertThat(LetterKind.of(type).type()).isEqualTo(type);
        }
        assertThat(LetterKind.values()).hasSize(LetterTypes.class.getFields().length);
    }

    @Test
    void everyLanguageHasEveryText() throws IOException {
        Properties finnish = bundle("fi");
        for (String language : List.of("sv", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(finnish.stringPropertyNames());
        }
        assertThat(LetterLanguage.of("SV").locale()).isEqualTo(Locale.forLanguageTag("sv-FI"));
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LetterTextsTest.class.getClassLoader()
                .getResourceAsStream("fi/saatava/worker/letters/i18n/letters_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
