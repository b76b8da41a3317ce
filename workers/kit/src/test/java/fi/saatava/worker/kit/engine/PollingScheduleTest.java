package fi.saatava.worker.kit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

class PollingScheduleTest {

    private final OutcomePoller<?> poller = mock(OutcomePoller.class);

    @Test
    void pollsEveryIntervalStartingOneIntervalAfterStartup() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        new PollingSchedule(poller, Duration.ofSeconds(30)).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            FixedDelayTask fixedDelay = (FixedDelayTask) task;
            assertThat(fixedDelay.getIntervalDuration()).isEqualTo(Duration.ofSeconds(30));
            assertThat(fixedDelay.getInitialDelayDuration()).isEqualTo(Duration.ofSeconds(30));
            fixedDelay.getRunnable().run();
        });
        verify(poller).poll();
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> new PollingSchedule(poller, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
