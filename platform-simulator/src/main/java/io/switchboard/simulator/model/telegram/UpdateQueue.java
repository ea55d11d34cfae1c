package io.switchboard.simulator.model.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A bot's pending updates, numbered in arrival order, with the Bot API's confirmation rules: an update stays until
 * {@code getUpdates} is called with a higher offset (or the webhook accepts it), and at most one long poll waits.
 */
public final class UpdateQueue {

    private final Deque<PendingUpdate> pending = new ArrayDeque<>();
    private long nextUpdateId;
    private WaitingPoll waitingPoll;

    private record WaitingPoll(int limit, CompletableFuture<List<PendingUpdate>> answer) {}

    public UpdateQueue(long firstUpdateId) {
        this.nextUpdateId = firstUpdateId;
    }

    /** Numbers {@code content} (an {@code Update} without its id) and queues it; a waiting long poll gets it. */
    public PendingUpdate add(String type, ObjectNode content, Instant now) {
        PendingUpdate update;
        WaitingPoll woken;
        List<PendingUpdate> batch = null;
        synchronized (this) {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("update_id", nextUpdateId);
            json.setAll(content);
            update = new PendingUpdate(nextUpdateId++, type, json, now);
            pending.addLast(update);
            woken = waitingPoll;
            waitingPoll = null;
            if (woken != null) {
                batch = first(woken.limit());
            }
        }
        if (woken != null) {
            woken.answer().complete(batch);
        }
        return update;
    }

    /**
     * Applies a {@code getUpdates} offset: a positive one confirms (forgets) every update below it; a negative one
     * keeps only the last {@code -offset} updates.
     */
    public synchronized void confirm(long offset) {
        if (offset > 0) {
            while (!pending.isEmpty() && pending.peekFirst().updateId() < offset) {
                pending.removeFirst();
            }
        } else if (offset < 0) {
            while (pending.size() > -offset) {
                pending.removeFirst();
            }
        }
    }

    /**
     * The first {@code limit} pending updates, at once when there are any; otherwise a future that the next update
     * completes. A poll already waiting is terminated: only one {@code getUpdates} per bot may run.
     */
    public CompletableFuture<List<PendingUpdate>> poll(int limit) {
        WaitingPoll replaced;
        CompletableFuture<List<PendingUpdate>> answer;
        synchronized (this) {
            replaced = waitingPoll;
            waitingPoll = null;
            if (pending.isEmpty()) {
                waitingPoll = new WaitingPoll(limit, new CompletableFuture<>());
                answer = waitingPoll.answer();
            } else {
                answer = CompletableFuture.completedFuture(first(limit));
            }
        }
        if (replaced != null) {
            replaced.answer()
                    .completeExceptionally(new PollTerminatedException(
                            "terminated by other getUpdates request; make sure that only one bot instance is running"));
        }
        return answer;
    }

    /** Ends a long poll whose timeout passed with no update: it answers an empty list. */
    public void expire(CompletableFuture<List<PendingUpdate>> answer) {
        synchronized (this) {
            if (waitingPoll != null && waitingPoll.answer() == answer) {
                waitingPoll = null;
            }
        }
        answer.complete(List.of());
    }

    /** Cuts a waiting long poll short with a 409 {@code reason}. */
    public void terminateWaitingPoll(String reason) {
        WaitingPoll terminated;
        synchronized (this) {
            terminated = waitingPoll;
            waitingPoll = null;
        }
        if (terminated != null) {
            terminated.answer().completeExceptionally(new PollTerminatedException(reason));
        }
    }

    public synchronized Optional<PendingUpdate> head() {
        return Optional.ofNullable(pending.peekFirst());
    }

    /** Forgets an update the webhook accepted (or that ran out of delivery attempts). */
    public synchronized void remove(PendingUpdate update) {
        pending.remove(update);
    }

    public synchronized void clear() {
        pending.clear();
    }

    /** Forgets updates created before {@code cutoff}: Telegram keeps unconfirmed updates for a limited time. */
    public synchronized void forgetCreatedBefore(Instant cutoff) {
        pending.removeIf(update -> update.createdAt().isBefore(cutoff));
    }

    public synchronized int size() {
        return pending.size();
    }

    /** The id the next update will get. */
    public synchronized long nextUpdateId() {
        return nextUpdateId;
    }

    private List<PendingUpdate> first(int limit) {
        return pending.stream().limit(limit).toList();
    }
}
