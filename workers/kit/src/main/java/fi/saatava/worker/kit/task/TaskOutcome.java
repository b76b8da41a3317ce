package fi.saatava.worker.kit.task;

/** How one delivery of an external task ended; the {@code outcome} tag of the task metrics. */
public enum TaskOutcome {
    /** Completed with variables. */
    COMPLETED,
    /** Ended with a BPMN error that the model catches. */
    BPMN_ERROR,
    /** Failed; the engine will deliver it again after the back-off. */
    RETRY,
    /** Failed with no retries left: an incident in Cockpit. */
    INCIDENT,
    /** The outcome could not be reported to the engine; the task comes back when its lock expires. */
    UNREPORTED;

    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
