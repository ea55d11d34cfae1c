package io.switchboard.gateway.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Moves outbound commands from the outbox to Kafka: right after a transaction that wrote some commits, and on a
 * periodic sweep that picks up whatever a failure or a crash left behind. Passes never overlap in one process.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxPublisher publisher;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainRequested = new AtomicBoolean();

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        requestDrain();
    }

    @Scheduled(
            every = "${switchboard.gateway.outbox.sweep-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        requestDrain();
    }

    /** Coalesces requests: many commits in a burst cause one drain, which publishes everything pending. */
    private void requestDrain() {
        if (drainRequested.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }

    private void drain() {
        drainRequested.set(false);
        try {
            while (publisher.publishBatch() > 0) {
                // keep going until the outbox is empty
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay failed, retrying on the next sweep: %s", e.getMessage());
        }
    }
}
