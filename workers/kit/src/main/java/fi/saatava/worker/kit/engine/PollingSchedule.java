package fi.saatava.worker.kit.engine;

import java.time.Duration;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs an {@link OutcomePoller} every {@code interval} (first after one interval). A worker registers one per
 * poller only when its polling is enabled, so a second replica of a worker can run without polling.
 */
public class PollingSchedule implements SchedulingConfigurer {

    private final OutcomePoller<?> poller;
    private final Duration interval;

    public PollingSchedule(OutcomePoller<?> poller, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive");
        }
        this.poller = poller;
        this.interval = interval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(poller::poll, interval, interval));
    }
}
