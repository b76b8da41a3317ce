package fi.saatava.simulators.recording;

/** State of a simulated system beyond the journal (cases, decisions, entries), forgotten with it. */
public interface Resettable {

    void reset();
}
