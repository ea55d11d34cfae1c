package io.switchboard.simulator.model.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket of {@code capacity} tokens refilled at one per {@code interval}, kept as the instant it is full again
 * (the generic cell rate algorithm), so that exact pacing is exact: no rounding ever refuses a sender that keeps to
 * the rate. A request for more tokens than the bucket holds (an album of ten photos) passes when the bucket is full and
 * leaves it in debt, which the following requests wait out.
 *
 * <p>Not thread-safe: the limiter that owns it serializes access.
 */
public final class TokenBucket {

    private final int capacity;
    private final Duration interval;
    private Instant fullAgainAt;

    public TokenBucket(int capacity, Duration interval, Instant now) {
        if (capacity < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a bucket needs a capacity and a positive interval");
        }
        this.capacity = capacity;
        this.interval = interval;
        this.fullAgainAt = now;
    }

    /** How long until {@code tokens} may be taken; zero when they may be taken now. */
    public Duration waitFor(int tokens, Instant now) {
        Duration debt = fullAgainAt.isAfter(now) ? Duration.between(now, fullAgainAt) : Duration.ZERO;
        Duration allowed = interval.multipliedBy(capacity - (long) Math.min(tokens, capacity));
        return debt.compareTo(allowed) <= 0 ? Duration.ZERO : debt.minus(allowed);
    }

    public void take(int tokens, Instant now) {
        Instant from = fullAgainAt.isAfter(now) ? fullAgainAt : now;
        fullAgainAt = from.plus(interval.multipliedBy(tokens));
    }

    /** Whether the bucket is full again, so that forgetting it changes nothing. */
    public boolean isFull(Instant now) {
        return !fullAgainAt.isAfter(now);
    }

    /** One token per {@code period / count}, rounded down to the nanosecond so that the limiter errs on leniency. */
    public static Duration intervalFor(int count, Duration period) {
        return Duration.ofNanos(Math.max(1, period.toNanos() / count));
    }
}
