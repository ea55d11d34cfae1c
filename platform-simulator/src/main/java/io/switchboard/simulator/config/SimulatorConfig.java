package io.switchboard.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the simulated platforms behave where the real ones leave room (timings, retries, memory bounds). */
@ConfigMapping(prefix = "switchboard.simulator")
public interface SimulatorConfig {

    /** How long a webhook may take to answer before the delivery counts as failed. */
    @WithDefault("10s")
    Duration webhookTimeout();

    /** Platform API requests kept for {@code GET /simulator/requests}; the oldest go first (bounded memory). */
    @WithDefault("10000")
    int requestLogCapacity();

    WhatsApp whatsapp();

    Telegram telegram();

    interface WhatsApp {

        /** Pause before each status webhook that follows a send (sent, then delivered, then read). */
        @WithDefault("30ms")
        Duration statusInterval();

        /** Webhook deliveries kept per number for {@code GET .../webhook-deliveries}. */
        @WithDefault("1000")
        int deliveryLogCapacity();
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
    }
}
