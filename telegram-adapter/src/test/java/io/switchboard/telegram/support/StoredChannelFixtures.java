package io.switchboard.telegram.support;

import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.entity.ChannelMode;
import io.switchboard.telegram.repository.ChannelRepository;
import io.switchboard.telegram.service.ChannelSecrets;
import io.switchboard.testsupport.simulator.TelegramBot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Channels written straight into the database, for tests where Kafka is down and registration (rightly) refuses to
 * keep anything.
 */
@ApplicationScoped
public class StoredChannelFixtures {

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelSecrets secrets;

    /** @return the channel id; a WEBHOOK channel's secret is readable with {@link StoredChannels#webhookSecret} */
    @Transactional
    public String create(String tenant, TelegramBot bot, ChannelMode mode) {
        ChannelEntity channel = new ChannelEntity();
        channel.id = UUID.randomUUID().toString();
        channel.tenantId = tenant;
        channel.botId = bot.id();
        channel.username = bot.username();
        channel.displayName = bot.firstName();
        channel.mode = mode;
        channel.publicBaseUrl = mode == ChannelMode.WEBHOOK ? "http://localhost" : null;
        channel.botToken = secrets.sealBotToken(channel.id, bot.token());
        channel.webhookSecret = mode == ChannelMode.WEBHOOK
                ? secrets.sealWebhookSecret(channel.id, ChannelSecrets.newWebhookSecret())
                : null;
        channel.canJoinGroups = true;
        channel.health = ChannelHealth.HEALTHY;
        channel.createdAt = Instant.now();
        channel.updatedAt = channel.createdAt;
        channels.persist(channel);
        return channel.id;
    }
}
