package io.switchboard.simulator.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Delays for the platforms' timed behaviour (status progressions, webhook retry backoff, long-poll timeouts). Tasks
 * run on one timer thread and must only start asynchronous work.
 */
@ApplicationScoped
public class Timers {

    private static final Logger LOG = Logger.getLogger(Timers.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "simulator-timers");
        thread.setDaemon(true);
        return thread;
    });

    /** A future that completes after {@code delay}. */
    public CompletableFuture<Void> delay(Duration delay) {
        CompletableFuture<Void> elapsed = new CompletableFuture<>();
        schedule(delay, () -> elapsed.complete(null));
        return elapsed;
    }

    public void schedule(Duration delay, Runnable task) {
        scheduler.schedule(
                () -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "timed task failed");
                    }
                },
                delay.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }
}
