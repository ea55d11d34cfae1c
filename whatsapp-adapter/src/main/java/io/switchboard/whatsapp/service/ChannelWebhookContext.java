package io.switchboard.whatsapp.service;

import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.mapping.WebhookContext;
import io.switchboard.whatsapp.repository.ChannelRepository;
import io.switchboard.whatsapp.repository.SentMessagePartRepository;
import io.switchboard.whatsapp.repository.SentMessageRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The webhook context of one channel's URL, backed by the database. */
final class ChannelWebhookContext implements WebhookContext {

    private static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(3);
    private static final Duration IN_FLIGHT_AGE = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(50);

    private final WhatsAppChannel channel;
    private final ChannelRepository channels;
    private final SentMessageRepository sentMessages;
    private final SentMessagePartRepository parts;

    ChannelWebhookContext(
            WhatsAppChannel channel,
            ChannelRepository channels,
            SentMessageRepository sentMessages,
            SentMessagePartRepository parts) {
        this.channel = channel;
        this.channels = channels;
        this.sentMessages = sentMessages;
        this.parts = parts;
    }

    @Override
    public Optional<ChannelRef> channelFor(String phoneNumberId) {
        if (phoneNumberId == null || phoneNumberId.equals(channel.phoneNumberId)) {
            return Optional.of(ref(channel));
        }
        return channels.findActiveByNumber(channel.tenantId, phoneNumberId).map(ChannelWebhookContext::ref);
    }

    /**
     * Meta's {@code sent} status can arrive before the send that caused it has recorded its wamid. While a send of
     * this channel is under way, an unknown wamid is looked up again for a moment before it counts as not ours.
     */
    @Override
    public Optional<SentMessageRef> sentMessage(String wamid) {
        Instant deadline = Instant.now().plus(IN_FLIGHT_WAIT);
        Optional<SentMessageRef> found = lookUp(wamid);
        while (found.isEmpty()
                && Instant.now().isBefore(deadline)
                && sentMessages.sendingOn(channel.id, Instant.now().minus(IN_FLIGHT_AGE))) {
            pause();
            found = lookUp(wamid);
        }
        return found;
    }

    private Optional<SentMessageRef> lookUp(String wamid) {
        return parts.findByIdOptional(wamid)
                .flatMap(part -> sentMessages.findByIdOptional(part.messageId))
                .map(sent -> new SentMessageRef(sent.messageId, sent.tenantId, sent.channelId.toString()));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ChannelRef ref(WhatsAppChannel channel) {
        return new ChannelRef(channel.tenantId, channel.id.toString());
    }
}
