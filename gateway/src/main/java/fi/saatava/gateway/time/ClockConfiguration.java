package fi.saatava.gateway.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the gateway. Every "today" and "now" comes from it (never {@code LocalDate.now()}), so tests and
 * a later simulation profile can move time. Its zone is Finland's: legal dates are Finnish calendar days.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Bean
    Clock clock() {
        return Clock.system(FINLAND);
    }
}
