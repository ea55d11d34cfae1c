package io.switchboard.telegram.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Everything the Telegram adapter can be told, under {@code switchboard.telegram}. */
@ConfigMapping(prefix = "switchboard.telegram")
public interface TelegramConfig {

    /**
     * Base URL of the Bot API; the simulator's in tests and the local run. Bot tokens are appended to it in paths, so
     * it never appears in logs with a path.
     */
    @WithDefault("https://api.telegram.org")
    String botApiUrl();

    Polling polling();

    Webhook webhook();

    Outbound outbound();

    Intake intake();

    Pacing pacing();

    Profile profile();

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

        /**
         * Commands taken from Kafka and not yet finished, across all chats. Chats are served in parallel (each in its
         * own order), so this bounds memory, not speed; a group paced at 20 a minute may hold many of them for long.
         */
        @WithDefault("1000")
        int maxInFlight();
    }

    /**
     * Telegram's flood limits, kept on our side so that sends are never refused: about one message a second per chat
     * (a short burst allowed), 20 a minute per group, about 30 a second per bot. An album counts as one message per
     * item; edits, deletions, reactions and chat actions are not paced. Every limit is used at {@link #headroom()}
     * of its rate, which absorbs the jitter between our clock and Telegram's.
     */
    interface Pacing {

        /** Whether sends are paced at all (off only to provoke Telegram's 429 answers in a test). */
        @WithDefault("true")
        boolean enabled();

        /** Messages per second to one chat. */
        @WithDefault("1")
        double chatPerSecond();

        /** Messages one chat may get at once before the per-second pace applies. */
        @WithDefault("2")
        int chatBurst();

        /** Messages per minute to one group or supergroup. */
        @WithDefault("20")
        double groupPerMinute();

        /** Messages one group may get at once before the per-minute pace applies. */
        @WithDefault("3")
        int groupBurst();

        /** Messages per second from one bot, over all its chats. */
        @WithDefault("30")
        double botPerSecond();

        /** Messages one bot may send at once before the per-second pace applies. */
        @WithDefault("5")
        int botBurst();

        /** The share of each rate actually used, 0.5-1. */
        @WithDefault("0.97")
        double headroom();
    }

    /** The bot profile API. */
    interface Profile {

        /** Languages shown by {@code GET .../profile} besides the default; any ISO 639-1 code may be set. */
        @WithDefault("it,en")
        List<String> languages();
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
