package io.switchboard.simulator.model.limits;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** How often each of a number's or a bot's rate limits refused a send, since registration or the last reset. */
public final class ViolationCounters {

    private final List<LimitKind> kinds;
    private final Map<LimitKind, AtomicLong> counts = new EnumMap<>(LimitKind.class);

    /** Counters for the {@code kinds} that apply (a number has throughput and pair limits, a bot the others). */
    public ViolationCounters(List<LimitKind> kinds) {
        this.kinds = List.copyOf(kinds);
        kinds.forEach(kind -> counts.put(kind, new AtomicLong()));
    }

    public void count(LimitKind kind) {
        counts.get(kind).incrementAndGet();
    }

    /** The counts by the limits' wire names, in a stable order. */
    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new LinkedHashMap<>();
        kinds.forEach(kind -> snapshot.put(kind.wireName(), counts.get(kind).get()));
        return snapshot;
    }

    public void reset() {
        counts.values().forEach(count -> count.set(0));
    }
}
