package io.switchboard.whatsapp.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.common.problem.Problems;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a webhook needs to know about its channel, read once every few seconds instead of once per webhook: Meta sends
 * three status webhooks for every message, so at a number's full pace this is hundreds of reads a second. Changes
 * made through this pod are seen at once (the channel service forgets the entry); another pod's within
 * {@link #FRESH}, which is shorter than any change needs (a rotated app secret stays valid for its grace period).
 */
@ApplicationScoped
public class WebhookChannels {

    static final Duration FRESH = Duration.ofSeconds(3);

    /** A channel as its webhooks see it, with the app secrets a signature may be made with. */
    public record WebhookChannel(
            UUID id, String tenantId, String phoneNumberId, String displayPhoneNumber, List<String> signingSecrets) {

        @Override
        public String toString() {
            return "WebhookChannel[id=" + id + "]";
        }
    }

    private record Cached(WebhookChannel channel, long readAt) {}

    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();
    private final ChannelRepository channels;
    private final ChannelSecrets secrets;

    @Inject
    public WebhookChannels(ChannelRepository channels, ChannelSecrets secrets) {
        this.channels = channels;
        this.secrets = secrets;
    }

    /** @throws io.switchboard.common.problem.ProblemException 404 for an unknown or removed channel */
    public WebhookChannel active(UUID channelId) {
        long now = System.nanoTime();
        Cached cached = cache.get(channelId);
        if (cached != null && now - cached.readAt() < FRESH.toNanos()) {
            return cached.channel();
        }
        WebhookChannel read = QuarkusTransaction.requiringNew().call(() -> {
            WhatsAppChannel channel = channels.findActive(channelId)
                    .orElseThrow(() -> Problems.notFound("WhatsApp channel", channelId.toString()));
            return new WebhookChannel(
                    channel.id,
                    channel.tenantId,
                    channel.phoneNumberId,
                    channel.displayPhoneNumber,
                    List.copyOf(secrets.signingSecrets(channel, Instant.now())));
        });
        cache.put(channelId, new Cached(read, now));
        return read;
    }

    /** The channel changed (secrets rotated, removed): the next webhook reads it again. */
    public void forget(UUID channelId) {
        cache.remove(channelId);
    }
}
