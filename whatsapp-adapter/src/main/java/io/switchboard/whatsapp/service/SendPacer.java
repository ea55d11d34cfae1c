package io.switchboard.whatsapp.service;

import io.switchboard.whatsapp.config.WhatsAppConfig;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each phone number under the messages per second Meta allows it, so sends are not refused with 130429. A
 * channel's commands share one partition, hence one pod: the bucket here is the whole truth for the number.
 */
@ApplicationScoped
public class SendPacer {

    private static final String HIGH = "HIGH";

    private final Map<UUID, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final WhatsAppConfig.Pacing config;

    @Inject
    public SendPacer(WhatsAppConfig config) {
        this.config = config.pacing();
    }

    /** The pace of a number: the tenant's override, else what its throughput level and coexistence allow. */
    public int messagesPerSecond(WhatsAppChannel channel) {
        if (channel.messagesPerSecond != null) {
            return channel.messagesPerSecond;
        }
        if (channel.coexistence) {
            return config.coexistenceMessagesPerSecond();
        }
        return HIGH.equals(channel.throughputLevel)
                ? config.highMessagesPerSecond()
                : config.standardMessagesPerSecond();
    }

    /** Blocks until the channel may send its next message. */
    public void awaitTurn(UUID channelId, int messagesPerSecond) {
        long now = System.nanoTime();
        TokenBucket bucket = buckets.compute(
                channelId,
                (id, current) -> current != null && current.perSecond() == messagesPerSecond
                        ? current
                        : new TokenBucket(messagesPerSecond, now));
        long wait = bucket.reserve(now);
        if (wait > 0) {
            Pause.of(Duration.ofNanos(wait));
        }
    }
}
