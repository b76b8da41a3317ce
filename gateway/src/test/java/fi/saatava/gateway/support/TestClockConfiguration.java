package fi.saatava.gateway.support;

import java.time.Clock;

import fi.saatava.gateway.time.ClockConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    AdjustableClock adjustableClock() {
        return new AdjustableClock(Clock.system(ClockConfiguration.FINLAND));
    }
}
