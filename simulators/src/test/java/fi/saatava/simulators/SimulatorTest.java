package fi.saatava.simulators;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Base of the simulator tests: MockMvc, a clock the test moves, sample requests with the debtor's code filled in. The
 * app also listens for real on free ports (HTTP and the mail server's SMTP) for the tests that speak those protocols.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "saatava.simulators.court.decision-delay=PT1H", "saatava.simulators.enforcement.outcome-delay=PT1H",
        "saatava.simulators.slow-response=PT0.05S"})
@AutoConfigureMockMvc
@Import(SimulatorTest.Clocks.class)
public abstract class SimulatorTest {

    protected static final Instant START = Instant.parse("2026-02-02T08:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** A clock that stands still until the test moves it. */
    public static final class MovableClock extends Clock {
        private Instant now = START;

        public synchronized void advance(Duration duration) {
            now = now.plus(duration);
        }

        synchronized void reset() {
            now = START;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Helsinki");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MovableClock clock;

    @BeforeEach
    void forgetEverything() throws Exception {
        clock.reset();
        mvc.perform(delete("/simulator/requests")).andExpect(status().isNoContent());
    }

    protected ResultActions send(String path, String key, String body) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    protected ResultActions journal(String system) throws Exception {
        return mvc.perform(get("/simulator/requests").param("system", system));
    }

    /** A sample request from {@code src/test/resources/requests} with {@code {{CODE}}} replaced by the debtor's code. */
    protected static String sample(String name, String identityCode) {
        try (InputStream in = SimulatorTest.class.getResourceAsStream("/requests/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{CODE}}", identityCode);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
