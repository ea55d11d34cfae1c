package io.switchboard.whatsapp.service;

/**
 * A rate of {@code perSecond} with bursts of up to one second's worth. Callers reserve a token and wait the time they
 * are told; reservations may run ahead of the tokens, so concurrent callers queue in order instead of racing.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int perSecond;
    private double tokens;
    private long refilledAt;

    TokenBucket(int perSecond, long now) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.refilledAt = now;
    }

    int perSecond() {
        return perSecond;
    }

    /**
     * Takes one token at {@code now} (nanoseconds on a monotonic clock).
     *
     * @return how many nanoseconds to wait before sending; 0 when a token was there
     */
    synchronized long reserve(long now) {
        if (now > refilledAt) {
            tokens = Math.min(perSecond, tokens + (now - refilledAt) * perSecond / NANOS_PER_SECOND);
            refilledAt = now;
        }
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens * NANOS_PER_SECOND / perSecond);
    }
}
