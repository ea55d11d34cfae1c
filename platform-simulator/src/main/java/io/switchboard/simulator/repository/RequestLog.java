package io.switchboard.simulator.repository;

import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.model.Platform;
import io.switchboard.simulator.model.RecordedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Every platform API request the simulator answered, oldest first, bounded so long benchmarks stay in memory. */
@ApplicationScoped
public class RequestLog {

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final int capacity;

    RequestLog(SimulatorConfig config) {
        this.capacity = Math.max(1, config.requestLogCapacity());
    }

    public RecordedRequest add(
            Platform platform,
            String method,
            String path,
            String query,
            Map<String, String> headers,
            String body,
            int status,
            String responseBody,
            Instant receivedAt) {
        RecordedRequest request = new RecordedRequest(
                ids.incrementAndGet(), platform, method, path, query, headers, body, status, responseBody, receivedAt);
        synchronized (requests) {
            if (requests.size() == capacity) {
                requests.removeFirst();
            }
            requests.addLast(request);
        }
        return request;
    }

    /** Recorded requests of {@code platform} (any when empty) whose path contains {@code pathContains}. */
    public List<RecordedRequest> find(Optional<Platform> platform, String pathContains) {
        String fragment = pathContains == null ? "" : pathContains;
        synchronized (requests) {
            return requests.stream()
                    .filter(request -> platform.isEmpty() || request.platform() == platform.get())
                    .filter(request -> request.path().contains(fragment))
                    .toList();
        }
    }

    public void clear() {
        synchronized (requests) {
            requests.clear();
        }
    }
}
