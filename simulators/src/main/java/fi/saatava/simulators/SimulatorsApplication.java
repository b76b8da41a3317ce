package fi.saatava.simulators;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Plays Saatava's external systems over the same HTTP contracts the workers call (docs/contracts.md), each in its
 * own package, with outcomes scripted by the debtor's identity code and every request recorded.
 */
@SpringBootApplication
public class SimulatorsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SimulatorsApplication.class, args);
    }

    /** The system clock; a test that runs the simulators beside a simulated gateway gives them its clock instead. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
