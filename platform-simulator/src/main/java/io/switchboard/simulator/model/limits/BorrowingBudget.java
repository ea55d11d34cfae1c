package io.switchboard.simulator.model.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * Meta's pair rate limit as its throughput documentation words it: one message every {@code interval} to the same
 * user, with bursts of up to {@code burst} messages inside one interval that borrow from the future; after a burst
 * of n messages no further message passes until n intervals have gone by since the burst began.
 *
 * <p>Not thread-safe: the limiter that owns it serializes access.
 */
public final class BorrowingBudget {

    private final int burst;
    private final Duration interval;
    private Instant repaidAt;
    private Instant burstStartedAt;
    private int burstSize;

    public BorrowingBudget(int burst, Duration interval, Instant now) {
        if (burst < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a budget needs a burst size and a positive interval");
        }
        this.burst = burst;
        this.interval = interval;
        this.repaidAt = now;
    }

    /** How long until a message may go; zero when it may go now. */
    public Duration waitFor(Instant now) {
        if (!now.isBefore(repaidAt) || inOpenBurst(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, repaidAt);
    }

    public void take(Instant now) {
        if (!now.isBefore(repaidAt)) {
            burstStartedAt = now;
            burstSize = 1;
            repaidAt = now.plus(interval);
        } else {
            burstSize++;
            repaidAt = repaidAt.plus(interval);
        }
    }

    /** Whether nothing is borrowed any more, so that forgetting the budget changes nothing. */
    public boolean isRepaid(Instant now) {
        return !now.isBefore(repaidAt);
    }

    private boolean inOpenBurst(Instant now) {
        return burstStartedAt != null
                && burstSize < burst
                && Duration.between(burstStartedAt, now).compareTo(interval) < 0;
    }
}
