package io.switchboard.simulator.repository;

import io.switchboard.simulator.model.ActiveFault;
import io.switchboard.simulator.model.Fault;
import io.switchboard.simulator.model.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The injected faults, oldest first; a call takes one hit from the first fault that matches it. */
@ApplicationScoped
public class FaultRepository {

    private final List<Entry> faults = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    private static final class Entry {
        final long id;
        final Fault fault;
        int remaining;

        Entry(long id, Fault fault) {
            this.id = id;
            this.fault = fault;
            this.remaining = fault.times();
        }

        ActiveFault view() {
            return new ActiveFault(id, fault, remaining);
        }
    }

    public synchronized ActiveFault add(Fault fault) {
        Entry entry = new Entry(ids.incrementAndGet(), fault);
        faults.add(entry);
        return entry.view();
    }

    /** The fault this call hits, if any; a fault with no hits left is forgotten. */
    public synchronized Optional<Fault> take(Platform platform, String method, String path) {
        Iterator<Entry> entries = faults.iterator();
        while (entries.hasNext()) {
            Entry entry = entries.next();
            if (entry.fault.matches(platform, method, path)) {
                if (--entry.remaining == 0) {
                    entries.remove();
                }
                return Optional.of(entry.fault);
            }
        }
        return Optional.empty();
    }

    public synchronized List<ActiveFault> all() {
        return faults.stream().map(Entry::view).toList();
    }

    public synchronized boolean remove(long id) {
        return faults.removeIf(entry -> entry.id == id);
    }

    public synchronized void clear() {
        faults.clear();
    }
}
