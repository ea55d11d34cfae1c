package io.switchboard.whatsapp.service;

import io.switchboard.whatsapp.config.WhatsAppConfig;
import java.time.Duration;

/** The pacing configuration with its documented defaults, for tests that build pacing objects by hand. */
record TestPacing(int rateLimitRetries, Duration throughputBurst, int pairBurst) implements WhatsAppConfig.Pacing {

    static TestPacing defaults() {
        return new TestPacing(5, Duration.ofMillis(100), 40);
    }

    @Override
    public int standardMessagesPerSecond() {
        return 80;
    }

    @Override
    public int highMessagesPerSecond() {
        return 1000;
    }

    @Override
    public int coexistenceMessagesPerSecond() {
        return 20;
    }

    @Override
    public Duration pairInterval() {
        return Duration.ofSeconds(6);
    }

    @Override
    public int maxQueuedPerChannel() {
        return 5000;
    }

    @Override
    public int maxSendingPerChannel() {
        return 256;
    }

    @Override
    public Duration rateLimitBackoff() {
        return Duration.ofSeconds(1);
    }

    @Override
    public Duration pairRateLimitBackoff() {
        return Duration.ofSeconds(6);
    }
}
