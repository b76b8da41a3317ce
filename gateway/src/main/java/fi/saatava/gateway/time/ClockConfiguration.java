package fi.saatava.gateway.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The one clock of the gateway. Every "today" and "now" comes from it (never {@code LocalDate.now()}), so tests and
 * the simulation profile ({@code fi.saatava.gateway.simulation}) can move time. Its zone is Finland's: legal dates are
 * Finnish calendar days.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Bean
    @Profile("!simulation")
    Clock clock() {
        return Clock.system(FINLAND);
    }
}
