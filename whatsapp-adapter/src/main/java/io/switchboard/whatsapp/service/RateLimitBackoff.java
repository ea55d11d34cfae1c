package io.switchboard.whatsapp.service;

import io.switchboard.whatsapp.client.GraphApiException;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * When Meta says "too fast", how long to wait before trying the same message again: exponentially longer, and longer
 * still for the per-recipient pair limit. Other refusals are not retried.
 */
public final class RateLimitBackoff {

    /** Cloud API throughput (130429), WABA and app rate limits (80007, 4). */
    private static final Set<String> THROUGHPUT_LIMITS = Set.of("130429", "80007", "4");

    /** Too many messages to one recipient in a short time. */
    private static final String PAIR_RATE_LIMIT = "131056";

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int MAX_DOUBLINGS = 10;

    private final WhatsAppConfig.Pacing config;

    public RateLimitBackoff(WhatsAppConfig.Pacing config) {
        this.config = config;
    }

    /**
     * @param retriesSoFar how often this message was already tried again
     * @return the wait before the next try, or empty when the refusal is final (not a rate limit, or out of retries)
     */
    public Optional<Duration> next(GraphApiException refusal, int retriesSoFar) {
        if (retriesSoFar >= config.rateLimitRetries()) {
            return Optional.empty();
        }
        Duration first;
        if (isPairLimit(refusal)) {
            first = config.pairRateLimitBackoff();
        } else if (THROUGHPUT_LIMITS.contains(refusal.code()) || refusal.httpStatus() == TOO_MANY_REQUESTS) {
            first = config.rateLimitBackoff();
        } else {
            return Optional.empty();
        }
        return Optional.of(first.multipliedBy(1L << Math.min(retriesSoFar, MAX_DOUBLINGS)));
    }

    /** Too many messages to one customer, rather than from the number as a whole. */
    public static boolean isPairLimit(GraphApiException refusal) {
        return PAIR_RATE_LIMIT.equals(refusal.code());
    }
}
