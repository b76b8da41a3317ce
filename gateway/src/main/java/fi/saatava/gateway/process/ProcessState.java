package fi.saatava.gateway.process;

import java.time.Instant;
import java.util.List;

/**
 * Where a claim's process stands, for the claim API and operators.
 *
 * @param state             {@code RUNNING} or {@code ENDED}
 * @param currentActivities the activities the process is in or about to start (asynchronous continuations)
 * @param timers            timers waiting, with their due dates
 * @param incidents         problems an operator must fix in Cockpit
 */
public record ProcessState(
        String processInstanceId,
        String state,
        List<Activity> currentActivities,
        List<Timer> timers,
        List<Incident> incidents) {

    public record Activity(String id, String name) {
    }

    public record Timer(String activityId, Instant dueAt) {
    }

    public record Incident(String activityId, String type, String message) {
    }
}
