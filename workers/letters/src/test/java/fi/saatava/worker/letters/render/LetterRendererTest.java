package fi.saatava.worker.letters.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fi.saatava.worker.kit.task.PermanentFailureException;
import fi.saatava.worker.letters.PdfText;
import fi.saatava.worker.letters.SampleLetters;

class LetterRendererTest {

    private final LetterRenderer renderer = new LetterRenderer(new LetterTexts());

    @Test
    void aFinnishDemandCarriesNameAddressAmountsDueDateReferenceAndBarcode() {
        String text = PdfText.of(renderer.render(SampleLetters.letter("FIRST_DEMAND", "fi", "CONSUMER")));

        assertThat(text)
                .contains("MAKSUVAATIMUS")
                .contains("Äijö Åström-Meikäläinen", "Östermalmintie 7 B 12", "00980 Helsinki")
                .contains("Saatava Perintä Oy", "Perintäkuja 1")
                .contains("Velkoja: Esimerkki Energia Oy, Voimalatie 5, 33100 Tampere")
                .contains("Lasku INV-1001, päivätty 1.9.2025, eräpäivä 1.10.2025: Sähkö 9/2025")
                .contains("Pääoma 100,00 €", "Korko 0,00 €")
                .contains("Viivästyskorko 11,50 %, 2.10.2025–21.11.2025 1,58 €")
                .contains("Perintäkulut maksumuistutus 5,00 €", "Perintäkulut maksuvaatimus 12,00 €")
                .contains("Maksettava yhteensä 118,58 €")
                .contains("Eräpäivä 5.12.2025")
                .contains("Viitenumero 11112", "RF-viite RF98 1111 2")
                .contains("FI37 1590 3000 0007 76", "NDEAFIHH")
                .contains(SampleLetters.BARCODE)
                .contains("4 b §", "4 c §");
    }

    @Test
    void titlesFollowTheLetterType() {
        assertThat(PdfText.of(renderer.render(SampleLetters.letter("REMINDER", "fi", "CONSUMER"))))
                .contains("MAKSUMUISTUTUS");
        assertThat(PdfText.of(renderer.render(SampleLetters.letter("SECOND_DEMAND", "fi", "CONSUMER"))))
                .contains("TOINEN MAKSUVAATIMUS");
    }

    @Test
    void onlyAConsumerIsToldOfTheRightToAskForLegalCollection() {
        assertThat(PdfText.of(renderer.render(SampleLetters.letter("FIRST_DEMAND", "fi", "BUSINESS"))))
                .contains("4 b §")
                .doesNotContain("4 c §");
    }

    @Test
    void anUnknownLetterTypeOrLanguageIsAPermanentFailure() {
        assertThatThrownBy(() -> renderer.render(SampleLetters.letter("TRATTA_X", "fi", "CONSUMER")))
                .isInstanceOf(PermanentFailureException.class);
        assertThatThrownBy(() -> renderer.render(SampleLetters.letter("FIRST_DEMAND", "de", "CONSUMER")))
                .isInstanceOf(PermanentFailureException.class)
                .hasMessageContaining("'de'");
    }
}
