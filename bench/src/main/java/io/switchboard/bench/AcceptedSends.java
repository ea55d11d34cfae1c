package io.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testsupport.simulator.SimulatorClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The sends the simulated platform accepted, read from its request log: the platform's own clock decides the rate. */
final class AcceptedSends {

    private final List<Instant> times;

    private AcceptedSends(List<Instant> times) {
        this.times = times;
    }

    static AcceptedSends of(SimulatorClient simulator, String platform, Predicate<JsonNode> isSend) {
        List<Instant> times = simulator.requests(platform, "").stream()
                .filter(request -> request.get("status").asInt() == 200)
                .filter(isSend)
                .map(request -> Instant.parse(request.get("receivedAt").asText()))
                .sorted(Comparator.naturalOrder())
                .toList();
        return new AcceptedSends(times);
    }

    int count() {
        return times.size();
    }

    /** How many sends were accepted in each second from the first one: where a burst slowed down or stalled. */
    List<Integer> perSecond() {
        List<Integer> counts = new ArrayList<>();
        if (times.isEmpty()) {
            return counts;
        }
        for (Instant time : times) {
            int second = (int) Duration.between(times.getFirst(), time).toSeconds();
            while (counts.size() <= second) {
                counts.add(0);
            }
            counts.set(second, counts.get(second) + 1);
        }
        return counts;
    }

    /** Sends per second between the first and the last accepted send. */
    double rate() {
        if (times.size() < 2) {
            return 0;
        }
        double seconds = Duration.between(times.getFirst(), times.getLast()).toNanos() / 1e9;
        return (times.size() - 1) / seconds;
    }
}
