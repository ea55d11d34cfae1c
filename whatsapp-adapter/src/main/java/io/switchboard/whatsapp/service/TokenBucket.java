package io.switchboard.whatsapp.service;

/**
 * A rate of {@code perSecond} with bursts of up to {@code capacity}. A token is only ever taken when the taker is
 * ready to go, never reserved ahead: senders that were held up (a busy machine, a slow database) then cannot all go at
 * once afterwards, only the bucket's burst can. All times are nanoseconds on a monotonic clock
 * ({@link System#nanoTime()}), passed in so tests need no real time. Not thread-safe: {@link NumberPace} queues its
 * callers.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    /** Starts full: a quiet sender may use its burst at once. */
    TokenBucket(double perSecond, double capacity, long now) {
        if (perSecond <= 0 || capacity < 1) {
            throw new IllegalArgumentException("a bucket needs a positive rate and room for one token");
        }
        this.perSecond = perSecond;
        this.capacity = capacity;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    double perSecond() {
        return perSecond;
    }

    /**
     * Takes a token if there is one at {@code now}.
     *
     * @return 0 when a token was taken, else how many nanoseconds until there is one (nothing taken)
     */
    long tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / perSecond));
    }

    /** Lets nobody through for {@code nanos} from {@code now}: the platform said we are too fast. */
    void holdFor(long nanos, long now) {
        refill(now);
        tokens = Math.min(tokens, 0) - nanos * perSecond / NANOS_PER_SECOND;
    }

    private void refill(long now) {
        if (now > refilledAt) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perSecond / NANOS_PER_SECOND);
            refilledAt = now;
        }
    }
}
