package io.switchboard.telegram.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.entity.ChannelMode;
import io.switchboard.telegram.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Reads what a poller needs, fresh before every poll, so a rotated token or a mode switch takes effect at once. */
@ApplicationScoped
public class PollingTargets {

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelSecrets secrets;

    /** A channel to poll with its health. */
    public record PollingTarget(BotChannel channel, ChannelHealth health) {}

    /** The channel, while it is active and in POLLING mode. */
    public Optional<PollingTarget> load(String channelId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> channels.findActive(channelId)
                        .filter(channel -> channel.mode == ChannelMode.POLLING)
                        .map(this::target));
    }

    public List<String> pollingChannelIds() {
        return QuarkusTransaction.requiringNew()
                .call(() -> channels.listActiveInMode(ChannelMode.POLLING).stream()
                        .map(channel -> channel.id)
                        .toList());
    }

    private PollingTarget target(ChannelEntity channel) {
        BotChannel bot = new BotChannel(
                channel.id, channel.tenantId, channel.botId, channel.username, secrets.botToken(channel));
        return new PollingTarget(bot, channel.health);
    }
}
