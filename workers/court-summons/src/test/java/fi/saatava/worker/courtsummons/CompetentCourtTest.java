package fi.saatava.worker.courtsummons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import fi.saatava.worker.courtsummons.gateway.SummonsApplication.Domicile;
import fi.saatava.worker.kit.task.PermanentFailureException;

class CompetentCourtTest {

    private final CompetentCourt byDomicile = new CompetentCourt(null);

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource({
            "Helsinki,     Uusimaa,           Helsingin käräjäoikeus",
            "Espoo,        Uusimaa,           Itä-Uudenmaan käräjäoikeus",
            "Pyhtää,       Kymenlaakso,       Itä-Uudenmaan käräjäoikeus",
            "Kotka,        Kymenlaakso,       Kymenlaakson käräjäoikeus",
            "Kuopio,       Pohjois-Savo,      Kymenlaakson käräjäoikeus",
            "Lahti,        Päijät-Häme,       Kymenlaakson käräjäoikeus",
            "Kajaani,      Kainuu,            Lapin käräjäoikeus",
            "Oulu,         Pohjois-Pohjanmaa, Oulun käräjäoikeus",
            "Pori,         Satakunta,         Pirkanmaan käräjäoikeus",
            "Jyväskylä,    Keski-Suomi,       Pohjanmaan käräjäoikeus",
            "Kokkola,      Keski-Pohjanmaa,   Pohjanmaan käräjäoikeus",
            "Hämeenlinna,  Kanta-Häme,        Varsinais-Suomen käräjäoikeus",
            "Turku,        Varsinais-Suomi,   Varsinais-Suomen käräjäoikeus",
            "Maarianhamina, Ahvenanmaa,       Ahvenanmaan käräjäoikeus"})
    void choosesTheSummaryCourtOfTheDefendantsDomicile(String municipality, String region, String court) {
        assertThat(byDomicile.choose(new Domicile(municipality, region)).court()).isEqualTo(court);
    }

    @Test
    void aConfiguredCourtWins() {
        assertThat(new CompetentCourt("Helsingin käräjäoikeus").choose(new Domicile("Oulu", "Pohjois-Pohjanmaa")))
                .isEqualTo(new CompetentCourt.Choice("Helsingin käräjäoikeus",
                        "Configured court for summary cases (OK 10:17 a)"));
    }

    @Test
    void anUnknownRegionIsAPermanentFailure() {
        assertThatThrownBy(() -> byDomicile.choose(new Domicile("Tallinn", "Harjumaa")))
                .isInstanceOf(PermanentFailureException.class).hasMessageContaining("Unknown region 'Harjumaa'");
    }
}
