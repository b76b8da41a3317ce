package fi.saatava.simulators.mailbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What an authority has decided and not yet seen collected, like the court's judgment register or the enforcement
 * system's message interface: each entry becomes visible at its {@code availableAt} and stays on offer, oldest
 * first, until the receiver acknowledges it. Receivers poll; nothing is pushed.
 *
 * @param <T> the entry type
 */
public class Mailbox<T> {

    private record Slot<T>(String id, Instant availableAt, T entry) {
    }

    private final Clock clock;
    private final Function<T, String> idOf;
    private final List<Slot<T>> open = new ArrayList<>();
    private final Set<String> acknowledged = new HashSet<>();

    public Mailbox(Clock clock, Function<T, String> idOf) {
        this.clock = clock;
        this.idOf = idOf;
    }

    public synchronized void post(T entry, Instant availableAt) {
        open.add(new Slot<>(idOf.apply(entry), availableAt, entry));
    }

    /** The entries available now and not acknowledged, oldest first. */
    public synchronized List<T> unacknowledged() {
        Instant now = clock.instant();
        return open.stream().filter(s -> !s.availableAt().isAfter(now)).map(Slot::entry).toList();
    }

    /**
     * Acknowledges an entry; repeating it is harmless.
     *
     * @return false when no entry ever had this id
     */
    public synchronized boolean acknowledge(String id) {
        if (open.removeIf(s -> s.id().equals(id))) {
            acknowledged.add(id);
            return true;
        }
        return acknowledged.contains(id);
    }

    public synchronized void clear() {
        open.clear();
        acknowledged.clear();
    }
}
