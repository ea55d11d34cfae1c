package io.switchboard.simulator.model.limits;

import java.time.Duration;

/**
 * A send a rate limit refused: which limit, and how long until the same send would pass.
 *
 * @param retryIn how long until the same send would pass; always positive
 */
public record LimitRefusal(LimitKind kind, Duration retryIn) {

    /** The wait in whole seconds, rounded up and at least 1, as Telegram's {@code retry_after} gives it. */
    public int retryAfterSeconds() {
        long millis = retryIn.toMillis();
        return (int) Math.max(1, (millis + 999) / 1000);
    }
}
