package io.switchboard.whatsapp.service;

import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

/**
 * Runs outbound commands: one at a time per conversation, in the order they arrived, and conversations side by side.
 * A command waiting for its customer's turn (the pair rate) or backing off then holds only its own conversation, and a
 * burst to many customers is limited by nothing but the number's pace. Each command runs on a virtual thread, since
 * most of its life is waiting (its turn, Meta, the database, Kafka).
 */
@ApplicationScoped
public class SendScheduler {

    private static final Logger LOG = Logger.getLogger(SendScheduler.class);
    private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, CompletableFuture<Void>> conversations = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> channelRoom = new ConcurrentHashMap<>();
    private final OutboundService outbound;
    private final int maxQueuedPerChannel;
    private volatile boolean closing;

    @Inject
    public SendScheduler(OutboundService outbound, WhatsAppConfig config) {
        this.outbound = outbound;
        this.maxQueuedPerChannel = config.pacing().maxQueuedPerChannel();
    }

    /** A command taken in: when it got its place in line, and when it was handled (its receipt is on Kafka). */
    public record Admission(CompletionStage<Void> admitted, CompletionStage<Void> done) {}

    /**
     * Queues a command behind the earlier ones of its conversation. Admission waits while the channel already has its
     * maximum of commands queued, which stops its partition from being read further.
     */
    public Admission submit(OutboundCommand command) {
        Semaphore room = channelRoom.computeIfAbsent(command.channelId(), id -> new Semaphore(maxQueuedPerChannel));
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (room.tryAcquire()) {
            enqueue(command, room, done);
            return new Admission(IDLE, done);
        }
        CompletableFuture<Void> admitted = CompletableFuture.runAsync(
                () -> {
                    room.acquireUninterruptibly();
                    enqueue(command, room, done);
                },
                workers);
        return new Admission(admitted, done);
    }

    /** Whether the application is stopping: a command cut short now is neither done nor failed. */
    public boolean closing() {
        return closing;
    }

    private void enqueue(OutboundCommand command, Semaphore room, CompletableFuture<Void> done) {
        String conversation = command.channelId() + ":" + command.recipient().externalChatId();
        CompletableFuture<Void> turn = conversations.compute(
                conversation,
                (key, previous) -> (previous == null ? IDLE : previous)
                        .handle((ignored, failure) -> null)
                        .thenRunAsync(() -> outbound.handle(command), workers));
        turn.whenComplete((ignored, failure) -> {
            conversations.remove(conversation, turn);
            room.release();
            if (failure == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(
                        failure instanceof CompletionException wrapped && wrapped.getCause() != null
                                ? wrapped.getCause()
                                : failure);
            }
        });
    }

    @PreDestroy
    void stop() {
        closing = true;
        LOG.debug("outbound scheduler stopping; commands not handled yet are left to their next delivery");
        workers.shutdownNow();
    }
}
