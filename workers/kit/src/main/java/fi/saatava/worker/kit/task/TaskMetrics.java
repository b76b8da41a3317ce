package fi.saatava.worker.kit.task;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** One timer per topic and outcome ({@value #NAME}); its count is the number of deliveries. */
public class TaskMetrics {

    public static final String NAME = "saatava.worker.tasks";

    private final MeterRegistry registry;

    public TaskMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public Timer.Sample start() {
        return Timer.start(registry);
    }

    public void record(Timer.Sample sample, String topic, TaskOutcome outcome) {
        sample.stop(Timer.builder(NAME)
                .description("External task deliveries handled, by topic and outcome")
                .tag("topic", topic)
                .tag("outcome", outcome.tag())
                .register(registry));
    }
}
