package io.switchboard.telegram.service;

import io.quarkus.runtime.ShutdownEvent;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.telegram.config.TelegramConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Runs outbound commands one chat at a time and many chats at once. All of a bot's commands arrive on one Kafka
 * partition (keyed by channel), but Telegram paces each chat on its own: a command waiting for its chat's turn must
 * not hold up the other chats, or one busy group would cap the whole bot at 20 messages a minute. Each chat gets a
 * lane, a queue worked by one virtual thread in arrival order, which ends when the queue is empty.
 *
 * <p>At most {@code switchboard.telegram.outbound.max-in-flight} commands are taken on at once; {@link #admission()}
 * completes when there is room, which is how the Kafka consumer is slowed down.
 */
@ApplicationScoped
public class OutboundLanes {

    private static final Logger LOG = Logger.getLogger(OutboundLanes.class);

    private final int maxInFlight;
    private final Consumer<OutboundCommand> handler;
    private final Map<LaneKey, Deque<Work>> lanes = new HashMap<>();
    private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int inFlight;
    private volatile boolean stopping;

    @Inject
    OutboundLanes(TelegramConfig config, OutboundService outbound) {
        this(config.outbound().maxInFlight(), outbound::handle);
    }

    /** @param handler handles one command, returning once its receipt is acknowledged */
    OutboundLanes(int maxInFlight, Consumer<OutboundCommand> handler) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("switchboard.telegram.outbound.max-in-flight must be at least 1");
        }
        this.maxInFlight = maxInFlight;
        this.handler = handler;
    }

    /** Completes when one more command may be taken on; each admission is ended by the command's outcome. */
    public synchronized CompletionStage<Void> admission() {
        if (inFlight < maxInFlight) {
            inFlight++;
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> turn = new CompletableFuture<>();
        waiting.add(turn);
        return turn;
    }

    /**
     * Queues an admitted command behind the earlier commands of its chat.
     *
     * @param onDone called once the command was handled (its receipt is on Kafka)
     * @param onFailure called when it could not be handled
     */
    public void submit(OutboundCommand command, Runnable onDone, Consumer<Throwable> onFailure) {
        LaneKey key = new LaneKey(command.channelId(), command.recipient().externalChatId());
        boolean newLane;
        synchronized (this) {
            Deque<Work> lane = lanes.get(key);
            newLane = lane == null;
            if (newLane) {
                lane = new ArrayDeque<>();
                lanes.put(key, lane);
            }
            lane.add(new Work(command, onDone, onFailure));
        }
        if (newLane) {
            Thread.ofVirtual().name("outbound-lane").start(() -> drain(key));
        }
    }

    /** Chats with commands queued or being sent right now. */
    public synchronized int activeLanes() {
        return lanes.size();
    }

    void onStop(@Observes ShutdownEvent event) {
        // Commands not started stay unacknowledged: Kafka hands them out again after the restart.
        stopping = true;
    }

    private void drain(LaneKey key) {
        while (true) {
            Work next;
            synchronized (this) {
                Deque<Work> lane = lanes.get(key);
                next = lane.poll();
                if (next == null || stopping) {
                    lanes.remove(key);
                    return;
                }
            }
            run(next);
        }
    }

    private void run(Work work) {
        try {
            handler.accept(work.command());
            work.onDone().run();
        } catch (RuntimeException e) {
            LOG.errorf(
                    "outbound command could not be handled message=%s: %s",
                    work.command().messageId(), e.getMessage());
            work.onFailure().accept(e);
        } finally {
            release();
        }
    }

    private void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inFlight--;
            }
        }
        if (next != null) {
            // The finished command's place goes straight to the next one waiting.
            next.complete(null);
        }
    }

    private record LaneKey(String channelId, String chatId) {}

    private record Work(OutboundCommand command, Runnable onDone, Consumer<Throwable> onFailure) {}
}
