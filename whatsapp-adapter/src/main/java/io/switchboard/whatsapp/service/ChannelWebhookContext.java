package io.switchboard.whatsapp.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.whatsapp.mapping.WebhookContext;
import io.switchboard.whatsapp.repository.ChannelRepository;
import io.switchboard.whatsapp.repository.SentMessagePartRepository;
import io.switchboard.whatsapp.repository.SentMessageRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The webhook context of one channel's URL, backed by recent sends and the database. Every lookup is its own short
 * transaction, so no database connection is held while a status waits for its wamid.
 */
final class ChannelWebhookContext implements WebhookContext {

    private static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(3);
    private static final Duration LOCAL_ANSWER_WAIT = Duration.ofSeconds(5);
    private static final Duration IN_FLIGHT_AGE = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(100);

    private final WebhookChannels.WebhookChannel channel;
    private final ChannelRepository channels;
    private final SentMessageRepository sentMessages;
    private final SentMessagePartRepository parts;
    private final RecentSends recentSends;

    ChannelWebhookContext(
            WebhookChannels.WebhookChannel channel,
            ChannelRepository channels,
            SentMessageRepository sentMessages,
            SentMessagePartRepository parts,
            RecentSends recentSends) {
        this.channel = channel;
        this.channels = channels;
        this.sentMessages = sentMessages;
        this.parts = parts;
        this.recentSends = recentSends;
    }

    @Override
    public Optional<ChannelRef> channelFor(String phoneNumberId) {
        if (phoneNumberId == null || phoneNumberId.equals(channel.phoneNumberId())) {
            return Optional.of(own());
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> channels.findActiveByNumber(channel.tenantId(), phoneNumberId)
                        .map(other -> new ChannelRef(other.tenantId, other.id.toString())));
    }

    @Override
    public Optional<ChannelRef> channelForDisplayNumber(String displayPhoneNumber) {
        String digits = WebhookContext.digits(displayPhoneNumber);
        if (digits.isEmpty() || digits.equals(WebhookContext.digits(channel.displayPhoneNumber()))) {
            return Optional.of(own());
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> channels.listActive(channel.tenantId()).stream()
                        .filter(other -> digits.equals(WebhookContext.digits(other.displayPhoneNumber)))
                        .findFirst()
                        .map(other -> new ChannelRef(other.tenantId, other.id.toString())));
    }

    /**
     * Meta's {@code sent} status can arrive before the send that caused it has its answer. A send of this pod still
     * waiting for Meta's answer is waited for in memory; one of another pod (a SENDING row in the database) by
     * looking the wamid up again for a moment. Only then does the wamid count as not ours.
     */
    @Override
    public Optional<SentMessageRef> sentMessage(String wamid) {
        Optional<SentMessageRef> recent = recentSends.await(wamid, channel.id().toString(), LOCAL_ANSWER_WAIT);
        if (recent.isPresent()) {
            return recent;
        }
        Optional<SentMessageRef> found = lookUp(wamid);
        if (found.isPresent() || !sending()) {
            return found;
        }
        Instant deadline = Instant.now().plus(IN_FLIGHT_WAIT);
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            Pause.of(POLL);
            found = recentSends.find(wamid).or(() -> lookUp(wamid));
        }
        return found;
    }

    private boolean sending() {
        return QuarkusTransaction.requiringNew()
                .call(() -> sentMessages.sendingOn(channel.id(), Instant.now().minus(IN_FLIGHT_AGE)));
    }

    private Optional<SentMessageRef> lookUp(String wamid) {
        return QuarkusTransaction.requiringNew()
                .call(() -> parts.findByIdOptional(wamid)
                        .flatMap(part -> sentMessages.findByIdOptional(part.messageId))
                        .map(sent -> new SentMessageRef(sent.messageId, sent.tenantId, sent.channelId.toString())));
    }

    private ChannelRef own() {
        return new ChannelRef(channel.tenantId(), channel.id().toString());
    }
}
