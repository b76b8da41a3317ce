package fi.saatava.gateway.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import fi.saatava.gateway.time.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code simulation} profile: the gateway runs on a {@link SimulationClock} that an operator moves forward through
 * {@code POST /api/admin/simulation/clock}. {@code saatava.simulation.start} (an ISO date, meaning 00:00 in Finland,
 * or an instant) sets where simulated time starts; empty: now.
 */
@Configuration(proxyBeanMethods = false)
@Profile(SimulationConfiguration.PROFILE)
public class SimulationConfiguration {

    public static final String PROFILE = "simulation";

    private static final Logger log = LoggerFactory.getLogger(SimulationConfiguration.class);

    @Bean(destroyMethod = "release")
    SimulationClock clock(@Value("${saatava.simulation.start:}") String start) {
        Clock system = Clock.system(ClockConfiguration.FINLAND);
        SimulationClock clock = new SimulationClock(system, start.isBlank() ? system.instant() : parse(start));
        log.warn("Simulation profile: the gateway's clock starts at {} and moves forward on request", clock.instant());
        return clock;
    }

    private static Instant parse(String start) {
        return start.length() == 10
                ? LocalDate.parse(start).atStartOfDay(ClockConfiguration.FINLAND).toInstant()
                : Instant.parse(start);
    }
}
