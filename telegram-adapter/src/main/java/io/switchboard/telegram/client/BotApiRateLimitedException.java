package io.switchboard.telegram.client;

import java.time.Duration;

/** 429: flood control. The request may be repeated after {@link #retryAfter()}, not before. */
public final class BotApiRateLimitedException extends BotApiException {

    private final Duration retryAfter;

    public BotApiRateLimitedException(int errorCode, String description, Duration retryAfter) {
        super(errorCode, description);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
