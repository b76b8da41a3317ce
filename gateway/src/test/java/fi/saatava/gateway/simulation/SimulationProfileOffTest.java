package fi.saatava.gateway.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;

/** Without the simulation profile the gateway runs on the system clock and refuses to move it. */
@GatewayTest
class SimulationProfileOffTest {

    @Autowired
    GatewayHttp http;

    @Test
    void theClockIsNotMovedOutsideTheSimulationProfile() {
        GatewayHttp.Answer refused = http.exchangeAsAdmin(RequestEntity.post(URI.create("/api/admin/simulation/clock"))
                .contentType(MediaType.APPLICATION_JSON).body("{\"advanceDays\": 1}"));

        assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.body().get("detail").asText()).contains("simulation");
        assertThat(http.getAsAdmin("/api/admin/simulation/clock").status()).isEqualTo(HttpStatus.CONFLICT);
    }
}
