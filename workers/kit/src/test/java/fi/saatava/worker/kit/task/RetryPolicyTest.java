package fi.saatava.worker.kit.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(3));

    @Test
    void countsDownFromTheConfiguredRetries() {
        assertThat(policy.retriesAfterFailure(null)).isEqualTo(4);
        assertThat(policy.retriesAfterFailure(4)).isEqualTo(3);
        assertThat(policy.retriesAfterFailure(1)).isZero();
        assertThat(policy.retriesAfterFailure(0)).isZero();
    }

    @Test
    void backsOffExponentiallyUpToTheMaximum() {
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMinutes(3));
        assertThat(policy.backoff(0)).isEqualTo(Duration.ZERO);
    }

    @Test
    void anOperatorRetryAfterAnIncidentGetsTheInitialBackoff() {
        // Cockpit's "retry" sets retries to 1; if that attempt fails the incident comes back at once
        assertThat(policy.retriesAfterFailure(1)).isZero();
        assertThat(new RetryPolicy(0, Duration.ZERO, 1.0, Duration.ZERO).retriesAfterFailure(null)).isZero();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO, 2.0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMinutes(2), 2.0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, 0.5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
