package io.switchboard.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the simulated platforms behave where the real ones leave room (timings, retries, memory bounds). */
@ConfigMapping(prefix = "switchboard.simulator")
public interface SimulatorConfig {

    /** How long a webhook may take to answer before the delivery counts as failed. */
    @WithDefault("10s")
    Duration webhookTimeout();

    /** Platform API requests kept for {@code GET /simulator/requests}; the oldest go first (bounded memory). */
    @WithDefault("10000")
    int requestLogCapacity();

    /**
     * The simulator's own address as platform clients reach it, for the media URLs it hands out (Meta's lookaside
     * links); when absent, the scheme and authority of the request that asks for the link.
     */
    Optional<String> publicUrl();

    Limits limits();

    WhatsApp whatsapp();

    Telegram telegram();

    interface Limits {

        /**
         * Whether new numbers and bots have the platforms' rate limits enforced; each can be switched with
         * {@code PUT .../limits}. Benchmarks of Switchboard itself may turn it off.
         */
        @WithDefault("true")
        boolean enforced();
    }

    interface WhatsApp {

        /** How long a media URL from {@code GET /{media-id}} can be downloaded, as Meta's expire after 5 minutes. */
        @WithDefault("5m")
        Duration mediaUrlValidity();

        /** Media objects kept (uploads and inbound media); the oldest go first (bounded memory). */
        @WithDefault("1000")
        int mediaCapacity();

        ThroughputLimits limits();

        /** Pause before each status webhook that follows a send (sent, then delivered, then read). */
        @WithDefault("30ms")
        Duration statusInterval();

        /** Webhook deliveries kept per number for {@code GET .../webhook-deliveries}. */
        @WithDefault("1000")
        int deliveryLogCapacity();
    }

    /** Meta's defaults for a new number; {@code PUT /simulator/whatsapp/numbers/{id}/limits} changes one number's. */
    interface ThroughputLimits {

        /** Messages per second per number (a number at throughput level HIGH gets 1000). */
        @WithDefault("80")
        int throughputPerSecond();

        /** Messages to one recipient that may go out together before the pair limit's pace applies. */
        @WithDefault("45")
        int pairBurst();

        /** The pair limit's pace: one message to the same recipient per interval; also the length of a burst. */
        @WithDefault("6s")
        Duration pairInterval();
    }

    /** Telegram's flood limits for a new bot; {@code PUT /simulator/telegram/bots/{botId}/limits} changes one bot's. */
    interface FloodLimits {

        /** Messages per second in one chat, once its burst is spent. */
        @WithDefault("1")
        int chatPerSecond();

        /** Messages that may go to one chat at once. */
        @WithDefault("3")
        int chatBurst();

        /** Messages per minute in one group or supergroup. */
        @WithDefault("20")
        int groupPerMinute();

        /** Messages per second across all of the bot's chats. */
        @WithDefault("30")
        int botPerSecond();
    }

    interface Telegram {

        /** Pause before the first redelivery of an update the webhook refused; it doubles on each further attempt. */
        @WithDefault("1s")
        Duration webhookRetryInitialBackoff();

        /** Longest pause between two redeliveries. */
        @WithDefault("60s")
        Duration webhookRetryMaxBackoff();

        /** Delivery attempts per update before Telegram gives up on it and moves on to the next. */
        @WithDefault("10")
        int webhookMaxAttempts();

        /** Unconfirmed updates older than this are forgotten, as Telegram keeps them at most 24 hours. */
        @WithDefault("24h")
        Duration updateRetention();

        FloodLimits limits();
    }
}
