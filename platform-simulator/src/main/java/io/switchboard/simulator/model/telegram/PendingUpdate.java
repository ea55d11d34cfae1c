package io.switchboard.simulator.model.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** An update the bot has not confirmed (polling) or its webhook has not accepted yet. */
public final class PendingUpdate {

    private final long updateId;
    private final String type;
    private final ObjectNode json;
    private final Instant createdAt;
    private final CompletableFuture<Integer> firstAttempt = new CompletableFuture<>();
    private int failedAttempts;

    public PendingUpdate(long updateId, String type, ObjectNode json, Instant createdAt) {
        this.updateId = updateId;
        this.type = type;
        this.json = json;
        this.createdAt = createdAt;
    }

    public long updateId() {
        return updateId;
    }

    /** The update's kind: the name of its one field besides {@code update_id} ({@code message}, ...). */
    public String type() {
        return type;
    }

    /** The {@code Update} object as the Bot API serves it. */
    public ObjectNode json() {
        return json;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Completes with the webhook's HTTP status on the first delivery attempt ({@code null}: unreachable). */
    public CompletableFuture<Integer> firstAttempt() {
        return firstAttempt;
    }

    public void attempted(Integer status) {
        firstAttempt.complete(status);
    }

    /** Counts a refused delivery and answers how many there have been. */
    public synchronized int failedOnce() {
        return ++failedAttempts;
    }
}
