package fi.saatava.worker.kit.task;

import java.time.Duration;

/**
 * How often and how late a failed task is retried: {@code retries} more attempts after the first failure, waiting
 * {@code initialBackoff × multiplier^(n−1)} (at most {@code maxBackoff}) before attempt n+1. When no retry is left
 * the engine raises an incident, which an operator resolves in Cockpit.
 */
public record RetryPolicy(int retries, Duration initialBackoff, double multiplier, Duration maxBackoff) {

    public RetryPolicy {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1");
        }
    }

    /**
     * The retries left after this failure.
     *
     * @param retriesBefore the task's retries as the engine reported them; null before its first failure
     */
    public int retriesAfterFailure(Integer retriesBefore) {
        if (retriesBefore == null) {
            return retries;
        }
        return Math.max(0, retriesBefore - 1);
    }

    /** The wait before the next attempt, given the retries left after this failure. */
    public Duration backoff(int retriesLeft) {
        if (retriesLeft <= 0) {
            return Duration.ZERO;
        }
        int failuresSoFar = Math.max(1, retries - retriesLeft + 1);
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, failuresSoFar - 1);
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }
}
