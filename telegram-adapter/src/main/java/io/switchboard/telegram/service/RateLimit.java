package io.switchboard.telegram.service;

import java.time.Duration;

/**
 * One flood limit as a token bucket: {@code burst} messages at once, then one per {@code interval}. It hands out send
 * times rather than refusing (the generic cell rate algorithm's virtual scheduling): {@link #earliest} says when
 * {@code n} messages may go, {@link #book} records that they went. Times are {@link System#nanoTime()} values.
 *
 * <p>A batch larger than the bucket (an album of 10 to a chat that allows 3 at once) waits for a full bucket and then
 * leaves the bucket in debt, which later messages wait out.
 */
public final class RateLimit {

    private final long intervalNanos;
    private final int burst;
    /** When the bucket is full again; at or before now means it is full. */
    private long fullAt;

    private boolean used;

    public RateLimit(Duration interval, int burst) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1");
        }
        this.intervalNanos = interval.toNanos();
        this.burst = burst;
    }

    /** A limit of {@code messages} per {@code period}, with {@code burst} at once. */
    public static RateLimit of(double messages, Duration period, int burst) {
        if (messages <= 0) {
            throw new IllegalArgumentException("messages must be positive");
        }
        return new RateLimit(Duration.ofNanos(Math.round(period.toNanos() / messages)), burst);
    }

    /** The earliest time, not before {@code now}, at which {@code messages} more may be sent. */
    public synchronized long earliest(long now, int messages) {
        long full = fullAt(now);
        long waitForTokens = (long) (burst - Math.min(messages, burst)) * intervalNanos;
        return Math.max(now, full - waitForTokens);
    }

    /** Records that {@code messages} were sent at {@code at}. */
    public synchronized void book(long at, int messages) {
        fullAt = fullAt(at) + messages * intervalNanos;
        used = true;
    }

    /** {@link #earliest} and {@link #book} in one step: the schedule a limit makes of messages queued at once. */
    public synchronized long reserve(long now, int messages) {
        long at = earliest(now, messages);
        book(at, messages);
        return at;
    }

    /** Whether the bucket is full at {@code now}: the limit remembers nothing worth keeping. */
    public synchronized boolean isIdle(long now) {
        return !used || fullAt - now <= 0;
    }

    private long fullAt(long now) {
        // Compared by difference: nanoTime values may be negative and wrap.
        return !used || fullAt - now < 0 ? now : fullAt;
    }
}
