package fi.saatava.worker.kit.engine;

/** What workers read of a process instance or external task the engine lists: only that it exists. */
public record ProcessInstanceRef(String id, String businessKey) {
}
