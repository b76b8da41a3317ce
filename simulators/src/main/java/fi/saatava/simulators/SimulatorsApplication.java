package fi.saatava.simulators;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import fi.saatava.simulators.mailserver.SimulatedMailServer;

/**
 * Plays Saatava's external systems over the same HTTP contracts the workers call (docs/contracts.md), each in its
 * own package, with outcomes scripted by the debtor's identity code and every request recorded, and the debtors' mail
 * server (SMTP).
 */
@SpringBootApplication
public class SimulatorsApplication {

    public static void main(String[] args) {
        SpringApplication simulators = new SpringApplication(SimulatorsApplication.class);
        // Run as the app (run.sh, docker), the mail server takes its well-known port, which the letters worker is
        // given; embedded in another JVM (tests) it takes a free one unless told otherwise, so tests never collide.
        simulators.setDefaultProperties(Map.of(SimulatedMailServer.PORT_PROPERTY, SimulatedMailServer.APP_PORT));
        simulators.run(args);
    }

    /** The system clock; a test that runs the simulators beside a simulated gateway gives them its clock instead. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
