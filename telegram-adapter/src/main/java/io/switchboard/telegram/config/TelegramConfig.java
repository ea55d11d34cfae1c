package io.switchboard.telegram.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Everything the Telegram adapter can be told, under {@code switchboard.telegram}. */
@ConfigMapping(prefix = "switchboard.telegram")
public interface TelegramConfig {

    /**
     * Base URL of the Bot API; the simulator's in tests and the local run. Bot tokens are appended to it in paths, so it
     * never appears in logs with a path.
     */
    @WithDefault("https://api.telegram.org")
    String botApiUrl();

    Polling polling();

    Webhook webhook();

    Outbound outbound();

    Intake intake();

    /** Long polling ({@code getUpdates}) for channels registered in POLLING mode. */
    interface Polling {

        /** Whether this instance polls at all (a replica reserved for webhooks can switch it off). */
        @WithDefault("true")
        boolean enabled();

        /** How long one {@code getUpdates} waits for updates; a bare number is seconds. At most 50 s. */
        @WithDefault("25")
        Duration timeout();

        /** Updates per {@code getUpdates} call, 1-100. */
        @WithDefault("100")
        int limit();

        /** First wait after a failed poll; doubles on each failure up to {@link #maxBackoff()}. */
        @WithDefault("1s")
        Duration errorBackoff();

        @WithDefault("60s")
        Duration maxBackoff();

        /** Wait after a 409 Conflict (a webhook or another poller owns the bot) before trying again. */
        @WithDefault("30s")
        Duration conflictBackoff();

        /** How often an instance that does not hold a bot's polling lock checks whether it became free. */
        @WithDefault("10s")
        Duration lockRetry();

        /** How often POLLING channels registered on other replicas are picked up. */
        @WithDefault("30s")
        Duration reconcileInterval();
    }

    /** Webhook mode. */
    interface Webhook {

        /** {@code max_connections} given to {@code setWebhook}: parallel deliveries Telegram may make, 1-100. */
        @WithDefault("40")
        int maxConnections();
    }

    /** Sending from {@code switchboard.outbound.telegram.v1}. */
    interface Outbound {

        /** How many 429 answers one send may get (each waited out for its {@code retry_after}) before it fails. */
        @WithDefault("5")
        int maxRateLimitRetries();

        /** A {@code retry_after} longer than this is not waited out: the send fails and says why. */
        @WithDefault("5m")
        Duration maxRetryAfter();
    }

    /** Receiving updates, from webhooks and polling alike. */
    interface Intake {

        /** How long an update waits for Kafka to acknowledge its event before the webhook answers 503. */
        @WithDefault("15s")
        Duration kafkaAckTimeout();

        /** How long update ids are remembered to drop Telegram's redeliveries. */
        @WithDefault("P7D")
        Duration deduplicationWindow();
    }
}
