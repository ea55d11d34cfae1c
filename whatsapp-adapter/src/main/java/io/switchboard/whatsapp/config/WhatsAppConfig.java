package io.switchboard.whatsapp.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the adapter reaches Meta and how Meta reaches the adapter. Environment: {@code SWITCHBOARD_WHATSAPP_*}. */
@ConfigMapping(prefix = "switchboard.whatsapp")
public interface WhatsAppConfig {

    /** Base URL of the Graph API, without version: the platform simulator in tests and the local run. */
    @WithDefault("https://graph.facebook.com")
    String graphApiUrl();

    /** Graph API version in every path, such as {@code v23.0}. */
    @WithDefault("v23.0")
    String graphApiVersion();

    /** Where Meta reaches this service from the internet; webhook URLs handed to tenants start with it. */
    @WithDefault("http://localhost:8081")
    String publicBaseUrl();

    /**
     * How long a replaced app secret keeps verifying webhook signatures, so deliveries signed before the business
     * switched the secret in Meta's dashboard (and Meta's retries of them) are still accepted.
     */
    @WithDefault("24h")
    Duration secretGracePeriod();

    /** Webhook bodies above this size are refused with 413 before they are parsed. */
    @WithDefault("3M")
    MemorySize maxWebhookBytes();

    /** How long a request waits for Kafka to acknowledge its events before it answers 503. */
    @WithDefault("15s")
    Duration kafkaAckTimeout();

    /**
     * How long after start-up every channel is announced again (then retried every minute until it got through).
     * Read by the scheduler as {@code ${switchboard.whatsapp.reannounce-delay}}.
     */
    @WithDefault("2s")
    Duration reannounceDelay();

    /** How long the record of a sent message is kept, to map late status webhooks to our message ids. */
    @WithDefault("30d")
    Duration sentMessageRetention();

    /**
     * How often secrets sealed with another key than the active one are re-encrypted with it (after a key rotation).
     * Read by the scheduler as {@code ${switchboard.whatsapp.secret-reseal-interval}}.
     */
    @WithDefault("10m")
    Duration secretResealInterval();

    /** How fast the adapter sends, and how it backs off when Meta says it sends too fast. */
    Pacing pacing();

    interface Pacing {

        /** Messages per second of a number at Meta's {@code STANDARD} throughput (the default tier). */
        @WithDefault("80")
        int standardMessagesPerSecond();

        /** Messages per second of a number Meta moved to the {@code HIGH} throughput tier. */
        @WithDefault("1000")
        int highMessagesPerSecond();

        /** Messages per second of a number also used in the WhatsApp Business app (coexistence). */
        @WithDefault("20")
        int coexistenceMessagesPerSecond();

        /**
         * How much of a second's worth of messages a number may send at once. Meta allows a second's worth; less leaves
         * room for requests that bunch up on the way, so Meta never counts more than the rate.
         */
        @WithDefault("100ms")
        Duration throughputBurst();

        /**
         * Meta's pair rate: one message to the same customer per this interval (131056 otherwise). The sender repays
         * each message 5% longer and keeps bursts within 80% of it, for requests that take longer on the way than
         * others.
         */
        @WithDefault("6s")
        Duration pairInterval();

        /**
         * How many messages one customer may get in one burst (within one pair interval); Meta allows up to 45, and
         * then nothing more for as many intervals as the burst had messages. Kept below 45 for the same reason.
         */
        @WithDefault("40")
        int pairBurst();

        /**
         * How many commands of one channel may wait for their turn in memory; beyond that the channel's partition stops
         * being read until some are sent.
         */
        @WithDefault("5000")
        int maxQueuedPerChannel();

        /**
         * How many commands of one channel are being sent at the same time (most of them waiting for their turn, for
         * Meta or for the database); a number's pace needs about its messages per second times the seconds one send
         * takes, which grows when the machine is busy.
         */
        @WithDefault("256")
        int maxSendingPerChannel();

        /** How often one message is tried again after Meta said "too fast" (130429, 131056, 429). */
        @WithDefault("5")
        int rateLimitRetries();

        /** First wait after a throughput limit (130429, 80007, 429); doubled at each retry. */
        @WithDefault("1s")
        Duration rateLimitBackoff();

        /** First wait after the per-recipient pair limit (131056); doubled at each retry. */
        @WithDefault("6s")
        Duration pairRateLimitBackoff();
    }
}
